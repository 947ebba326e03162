import type { APIRoute } from "astro";
import { storeCurrency } from "../../../lib/commerce/currency.ts";
import { addLineItem, openCart } from "../../../lib/commerce/cart/add-to-cart.ts";
import {
  AddToCartFormSchema,
  cartPagePath,
  formLocale,
} from "../../../lib/commerce/cart/add-to-cart-form.ts";
import { CART_COOKIE, CART_COOKIE_OPTIONS, isCartId } from "../../../lib/commerce/cart/cart-cookie.ts";
import { classifyLineItemError } from "../../../lib/commerce/cart/line-item-error.ts";
import { CommerceError } from "../../../lib/commerce/errors.ts";

export const prerender = false;

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * `POST /api/cart/line-items` (variant_id, quantity, locale): the product page's plain HTML form.
 * Opens a cart in the buyer's currency if needed, adds the line, keeps the cart id in the cookie and
 * goes to the cart page; refusals go there too with an error code the page puts in words.
 */
export const POST: APIRoute = async ({ request, cookies, rewrite }) => {
  const form = await request.formData().catch(() => new FormData());
  const locale = formLocale(form);
  const parsed = AddToCartFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const error = parsed.error.issues.some((issue) => issue.path[0] === "quantity")
      ? "bad-quantity"
      : "unknown-variant";
    return seeOther(cartPagePath(locale, { error }));
  }
  const cookieId = cookies.get(CART_COOKIE)?.value;
  let cartId: string | undefined;
  try {
    cartId = await openCart(isCartId(cookieId) ? cookieId : undefined, storeCurrency(cookies, locale));
    cookies.set(CART_COOKIE, cartId, CART_COOKIE_OPTIONS);
    await addLineItem(cartId, parsed.data.variant_id, parsed.data.quantity);
    return seeOther(cartPagePath(locale, { added: true }));
  } catch (error) {
    const code = classifyLineItemError(error);
    if (code) return seeOther(cartPagePath(locale, { error: code }));
    if (error instanceof CommerceError) {
      // Medusa is down: the cart page answers 503 with the friendly page; the cookie is kept.
      return rewrite(cartPagePath(locale, { error: "unavailable" }));
    }
    throw error;
  }
};
