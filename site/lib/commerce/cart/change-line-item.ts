import { sdk } from "../client.ts";
import { callMedusa } from "../errors.ts";

/** Sets a line's quantity in the buyer's cart (server side: the cart page's no-JS form). */
export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<void> {
  await callMedusa("update line item", () =>
    sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }),
  );
}

/** Removes a line from the buyer's cart. */
export async function deleteLineItem(cartId: string, lineId: string): Promise<void> {
  await callMedusa("delete line item", () => sdk.store.cart.deleteLineItem(cartId, lineId, { fields: "id" }));
}
