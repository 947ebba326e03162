import { sdk } from "../client.ts";
import { callMedusa } from "../errors.ts";
import type { StoreCurrency } from "../regions.ts";
import { cartInCurrency, requireRegion } from "./cart-currency.ts";
import { retrieveCart } from "./retrieve-cart.ts";

/**
 * The id of the buyer's open cart in the region of their currency: theirs (moved to that region if
 * needed), or a new one when they have none, or theirs is gone or already ordered.
 */
export async function openCart(cartId: string | undefined, currency: StoreCurrency): Promise<string> {
  const existing = await retrieveCart(cartId);
  if (existing) return (await cartInCurrency(existing, currency)).id;
  const region = await requireRegion(currency);
  const { cart } = await callMedusa("create cart", () =>
    sdk.store.cart.create({ region_id: region.id }, { fields: "id" }),
  );
  return cart.id;
}

/** Adds `quantity` of a variant (Medusa adds to a line of the same variant). Refusals throw. */
export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<void> {
  await callMedusa("add line item", () =>
    sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }),
  );
}
