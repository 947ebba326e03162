import type { APIRoute } from "astro";
import { z } from "zod";
import { cartPagePath, formLocale } from "../../../../lib/commerce/cart/add-to-cart-form.ts";
import { CART_COOKIE, isCartId } from "../../../../lib/commerce/cart/cart-cookie.ts";
import { MAX_LINE_QUANTITY } from "../../../../lib/commerce/cart/cart-view.ts";
import { deleteLineItem, updateLineItem } from "../../../../lib/commerce/cart/change-line-item.ts";
import { classifyLineItemError } from "../../../../lib/commerce/cart/line-item-error.ts";
import { CommerceError } from "../../../../lib/commerce/errors.ts";

export const prerender = false;

const QuantitySchema = z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY);

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * `POST /api/cart/line-items/:id` (intent update|remove, quantity, locale): the cart page's forms when
 * JavaScript did not run. The island does the same through the store proxy without a page load.
 */
export const POST: APIRoute = async ({ request, params, cookies, rewrite }) => {
  const form = await request.formData().catch(() => new FormData());
  const locale = formLocale(form);
  const cartId = cookies.get(CART_COOKIE)?.value;
  const lineId = params.id ?? "";
  if (!isCartId(cartId) || !/^cali_[0-9A-Za-z]{10,40}$/.test(lineId)) return seeOther(cartPagePath(locale));
  const quantity = QuantitySchema.safeParse(form.get("quantity"));
  try {
    if (form.get("intent") === "remove") {
      await deleteLineItem(cartId, lineId);
    } else {
      if (!quantity.success) return seeOther(cartPagePath(locale, { error: "bad-quantity" }));
      await updateLineItem(cartId, lineId, quantity.data);
    }
    return seeOther(`${cartPagePath(locale)}?updated=1`);
  } catch (error) {
    const code = classifyLineItemError(error);
    if (code) return seeOther(cartPagePath(locale, { error: code }));
    if (error instanceof CommerceError) return rewrite(cartPagePath(locale, { error: "unavailable" }));
    throw error;
  }
};
