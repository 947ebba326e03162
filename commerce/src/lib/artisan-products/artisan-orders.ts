import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows";
import { amount, type OrderItemRow } from "./order-rows";
import type { ArtisanOrder } from "./types";

/** What an artisan sees of an order: statuses, delivery, buyer's first name and city, their own lines. */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "version",
  // The order module computes line totals (and loads the lines of the current version with their
  // quantities, taxes and adjustments) only when an order total is asked for.
  "total",
  "items.*",
  "items.detail.*",
  "shipping_address.first_name",
  "shipping_address.city",
  "billing_address.first_name",
  "billing_address.city",
  "shipping_methods.shipping_option_id",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
];

type OrderDetail = Parameters<typeof getLastPaymentStatus>[0];

/** Shipping option id → "pickup" when its fulfillment set is a pickup set. */
async function deliveryKinds(
  scope: MedusaContainer,
  optionIds: string[],
): Promise<Map<string, "pickup" | "shipping">> {
  const kinds = new Map<string, "pickup" | "shipping">();
  if (!optionIds.length) return kinds;
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type"],
    filters: { id: optionIds },
    // A deleted option still tells how the order was delivered.
    withDeleted: true,
  });
  for (const option of data) {
    kinds.set(option.id, option.service_zone?.fulfillment_set?.type === "pickup" ? "pickup" : "shipping");
  }
  return kinds;
}

/** The given orders as the artisan sees them (only lines of `productIds`), in the order of `ids`. */
export async function retrieveArtisanOrders(
  scope: MedusaContainer,
  ids: string[],
  productIds: string[],
): Promise<ArtisanOrder[]> {
  if (!ids.length) return [];
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } });
  const optionIds = orders.flatMap((order) =>
    (order.shipping_methods ?? []).flatMap((method: { shipping_option_id?: string | null } | null) =>
      method?.shipping_option_id ? [method.shipping_option_id] : [],
    ),
  );
  const kinds = await deliveryKinds(scope, [...new Set(optionIds)]);
  const own = new Set(productIds);
  return ids.flatMap((id) => {
    const order = orders.find((row) => row.id === id);
    if (!order) return [];
    const items = ((order.items ?? []) as (OrderItemRow | null)[])
      .flatMap((item) => (item?.product_id && own.has(item.product_id) ? [item] : []))
      .map((item) => ({
        title: item.product_title ?? item.title ?? "",
        quantity: amount(item.quantity),
        unit_price: amount(item.unit_price),
        total: amount(item.total),
        thumbnail: item.thumbnail ?? null,
      }));
    const optionId = order.shipping_methods?.[0]?.shipping_option_id;
    const address = order.shipping_address ?? order.billing_address;
    return [
      {
        id: order.id,
        display_id: Number(order.display_id),
        created_at: new Date(order.created_at).toISOString(),
        status: order.status,
        payment_status: getLastPaymentStatus(order as OrderDetail),
        fulfillment_status: getLastFulfillmentStatus(order as OrderDetail),
        delivery: (optionId && kinds.get(optionId)) || "shipping",
        buyer: { first_name: address?.first_name ?? null, city: address?.city ?? null },
        items,
        artisan_total: items.reduce((sum, item) => sum + item.total, 0),
        currency_code: order.currency_code,
      },
    ];
  });
}
