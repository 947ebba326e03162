import type { DictionaryKey } from "../../i18n/vi.ts";

/**
 * One status an artisan understands, from Medusa's order, fulfilment and payment statuses: is the
 * order canceled, to prepare, packed, on its way or delivered; and is it paid.
 */
export function orderStatusKey(status: string, fulfillmentStatus: string): DictionaryKey {
  if (status === "canceled") return "portal.orderStatus.canceled";
  if (fulfillmentStatus === "delivered" || fulfillmentStatus === "partially_delivered") {
    return "portal.orderStatus.delivered";
  }
  if (fulfillmentStatus === "shipped" || fulfillmentStatus === "partially_shipped") {
    return "portal.orderStatus.shipped";
  }
  if (fulfillmentStatus === "fulfilled" || fulfillmentStatus === "partially_fulfilled") {
    return "portal.orderStatus.packed";
  }
  return "portal.orderStatus.toPrepare";
}

export function paymentStatusKey(paymentStatus: string): DictionaryKey {
  if (paymentStatus === "captured" || paymentStatus === "partially_captured")
    return "portal.paymentStatus.paid";
  if (paymentStatus === "refunded" || paymentStatus === "partially_refunded") {
    return "portal.paymentStatus.refunded";
  }
  return "portal.paymentStatus.unpaid";
}
