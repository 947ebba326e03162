import { FetchError } from "@medusajs/js-sdk";
import { browserSdk } from "../../lib/commerce/browser-sdk.ts";
import { CART_FIELDS } from "../../lib/commerce/cart/cart-fields.ts";
import { refreshCartView, type CartView } from "../../lib/commerce/cart/cart-view.ts";
import { lineItemErrorOf, type LineItemError } from "../../lib/commerce/cart/line-item-error.ts";

export type LineChange = { kind: "update"; quantity: number } | { kind: "remove" };
export type LineChangeResult =
  { ok: true; cart: CartView } | { ok: false; error: LineItemError | "unavailable" };

/** Changes a line's quantity or removes it, from the browser; the cart comes back as shown. */
export async function changeLine(
  cart: CartView,
  lineId: string,
  change: LineChange,
): Promise<LineChangeResult> {
  const sdk = browserSdk();
  try {
    if (change.kind === "remove") {
      const { parent } = await sdk.store.cart.deleteLineItem(cart.id, lineId, { fields: CART_FIELDS });
      if (!parent) return { ok: false, error: "rejected" };
      return { ok: true, cart: refreshCartView(cart, parent) };
    }
    const { cart: updated } = await sdk.store.cart.updateLineItem(
      cart.id,
      lineId,
      { quantity: change.quantity },
      { fields: CART_FIELDS },
    );
    return { ok: true, cart: refreshCartView(cart, updated) };
  } catch (error) {
    if (!(error instanceof FetchError) || !error.status || error.status >= 500) {
      return { ok: false, error: "unavailable" };
    }
    return { ok: false, error: lineItemErrorOf(error.message, error.status) };
  }
}
