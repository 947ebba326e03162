import type Medusa from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";

/** A Vietnamese address as the checkout form collects it (no district since 2025). */
export const VIETNAM_ADDRESS = {
  first_name: "Khách",
  last_name: "Mẫu",
  address_1: "12 đường Mẫu (địa chỉ thử nghiệm)",
  city: "Phường Kon Tum",
  province: "Quảng Ngãi",
  postal_code: "",
  country_code: "vn",
  phone: "0900000000",
};

export const FOREIGN_ADDRESS = {
  first_name: "Sample",
  last_name: "Buyer",
  address_1: "1 Sample Street",
  city: "Lyon",
  province: "",
  postal_code: "69001",
  country_code: "fr",
  phone: "+33100000000",
};

/** A cart with the given lines, the buyer's email and address. */
export async function cartWith(
  sdk: Medusa,
  regionId: string,
  lines: { variant_id: string; quantity: number }[],
  address = VIETNAM_ADDRESS,
): Promise<HttpTypes.StoreCart> {
  const { cart } = await sdk.store.cart.create({ region_id: regionId });
  for (const line of lines) await sdk.store.cart.createLineItem(cart.id, line);
  const updated = await sdk.store.cart.update(cart.id, {
    email: "khach.mau@example.com",
    shipping_address: address,
    billing_address: address,
  });
  return updated.cart;
}

/** Names of the shipping options offered for a cart. */
export async function optionsFor(sdk: Medusa, cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId });
  return shipping_options;
}

/** Chooses a shipping option by name and a payment provider, then places the order. */
export async function placeOrder(
  sdk: Medusa,
  cart: HttpTypes.StoreCart,
  choice: { shipping: string; provider: string },
): Promise<HttpTypes.StoreOrder> {
  const options = await optionsFor(sdk, cart.id);
  const option = options.find((candidate) => candidate.name === choice.shipping);
  if (!option) throw new Error(`no shipping option "${choice.shipping}" among ${options.map((o) => o.name)}`);
  const { cart: withShipping } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id });
  await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: choice.provider });
  const result = await sdk.store.cart.complete(cart.id);
  if (result.type !== "order") throw new Error(`the order was not placed: ${result.error.message}`);
  return result.order;
}
