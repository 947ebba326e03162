import type { HttpTypes } from "@medusajs/types";
import { sdk } from "../client.ts";
import { callMedusa, CommerceError } from "../errors.ts";
import { retrieveRegionByCurrency, type StoreCurrency } from "../regions.ts";
import { CART_FIELDS } from "./cart-fields.ts";

/** The region that sells in `currency`; Medusa without it is a setup fault, reported as unavailable. */
export async function requireRegion(currency: StoreCurrency): Promise<HttpTypes.StoreRegion> {
  const region = await retrieveRegionByCurrency(currency);
  if (!region) {
    throw new CommerceError("unavailable", `Medusa has no region in ${currency}: run the setup (npm start)`);
  }
  return region;
}

/**
 * The cart priced in the buyer's chosen currency: a cart made in another region is moved to the
 * region of `currency` (Medusa reprices its lines).
 */
export async function cartInCurrency(
  cart: HttpTypes.StoreCart,
  currency: StoreCurrency,
): Promise<HttpTypes.StoreCart> {
  if (cart.currency_code === currency) return cart;
  const region = await requireRegion(currency);
  const { cart: moved } = await callMedusa("move cart to region", () =>
    sdk.store.cart.update(cart.id, { region_id: region.id }, { fields: CART_FIELDS }),
  );
  return moved;
}
