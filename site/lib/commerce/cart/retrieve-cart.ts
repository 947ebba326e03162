import type { HttpTypes } from "@medusajs/types";
import { sdk } from "../client.ts";
import { callMedusa, CommerceError } from "../errors.ts";
import { CART_FIELDS } from "./cart-fields.ts";

/**
 * The buyer's open cart, or undefined when there is none: no id, unknown to Medusa, or already turned
 * into an order. Medusa being down throws a CommerceError ("unavailable").
 */
export async function retrieveCart(cartId: string | undefined): Promise<HttpTypes.StoreCart | undefined> {
  if (!cartId) return undefined;
  try {
    const { cart } = await callMedusa("retrieve cart", () =>
      sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }),
    );
    return cart.completed_at ? undefined : cart;
  } catch (error) {
    if (error instanceof CommerceError && error.kind === "not-found") return undefined;
    throw error;
  }
}
