import { FetchError } from "@medusajs/js-sdk";
import { browserSdk } from "../../lib/commerce/browser-sdk.ts";
import { CART_FIELDS } from "../../lib/commerce/cart/cart-fields.ts";
import { clearCartCookieInDocument } from "../../lib/commerce/cart/cart-cookie.ts";
import { toMedusaAddress, type CheckoutContext, type CheckoutValues } from "./checkout-schema.ts";

/** Why an order was not placed: the shop is away (try again), or it refused (with Medusa's reason). */
export type PlaceOrderFailure =
  { kind: "unavailable" } | { kind: "out-of-stock" } | { kind: "refused"; reason: string };

export type PlaceOrderResult = { ok: true; orderId: string } | { ok: false; failure: PlaceOrderFailure };

function failureOf(error: unknown): PlaceOrderFailure {
  // No status: the network failed; 5xx (the proxy answers 503): the shop is away.
  if (!(error instanceof FetchError) || !error.status || error.status >= 500) return { kind: "unavailable" };
  if (/inventory|stock/i.test(error.message)) return { kind: "out-of-stock" };
  return { kind: "refused", reason: error.message };
}

/**
 * Places the order from validated values: the buyer's details, the way to receive, a payment session,
 * then completion. Each step is safe to repeat, so "try again" after a failure starts from the top.
 * On success the cart cookie is cleared.
 */
export async function placeOrder(
  cartId: string,
  values: CheckoutValues,
  context: CheckoutContext,
): Promise<PlaceOrderResult> {
  const sdk = browserSdk();
  const pickup = context.pickupOptionIds.includes(values.shippingOptionId);
  const address = toMedusaAddress(values, context, pickup);
  try {
    await sdk.store.cart.update(
      cartId,
      { email: values.email, shipping_address: address, billing_address: address },
      { fields: "id" },
    );
    const { cart } = await sdk.store.cart.addShippingMethod(
      cartId,
      { option_id: values.shippingOptionId },
      { fields: `${CART_FIELDS},*payment_collection,*payment_collection.payment_sessions` },
    );
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: values.paymentProvider });
    const result = await sdk.store.cart.complete(cartId, { fields: "id" });
    if (result.type !== "order")
      return { ok: false, failure: { kind: "refused", reason: result.error.message } };
    clearCartCookieInDocument();
    return { ok: true, orderId: result.order.id };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
