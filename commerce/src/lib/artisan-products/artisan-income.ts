import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { listOwnProductIds } from "./assert-own-product";
import { amount, listOrderIdsWithProducts, type OrderItemRow } from "./order-rows";
import type { ArtisanIncome } from "./types";

const PAGE = 100;

/**
 * The artisan's income between two instants: their line items of orders in đồng that are not
 * canceled (orders in dollars are left out of this figure), with totals per product.
 */
export async function artisanIncome(
  scope: MedusaContainer,
  artisanId: string,
  period: { from: string; to: string; start: Date; end: Date },
): Promise<ArtisanIncome> {
  const productIds = await listOwnProductIds(scope, artisanId);
  const filters = {
    created_at: { $gte: period.start, $lt: period.end },
    status: { $ne: "canceled" },
    currency_code: "vnd",
  };
  const orderIds: string[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const { ids, count } = await listOrderIdsWithProducts(scope, productIds, { skip, take: PAGE }, filters);
    orderIds.push(...ids);
    if (!ids.length || skip + PAGE >= count) break;
  }
  const own = new Set(productIds);
  const byProduct = new Map<string, ArtisanIncome["by_product"][number]>();
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  for (let start = 0; start < orderIds.length; start += PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      // Asking for the order total makes the order module compute the lines' totals too (and load the
      // lines of the current version with their quantities).
      fields: ["id", "total", "items.*", "items.detail.*"],
      filters: { id: orderIds.slice(start, start + PAGE) },
    });
    for (const order of orders) {
      for (const item of (order.items ?? []) as (OrderItemRow | null)[]) {
        if (!item?.product_id || !own.has(item.product_id)) continue;
        const line = byProduct.get(item.product_id) ?? {
          product_id: item.product_id,
          title: item.product_title ?? item.title ?? "",
          quantity: 0,
          total: 0,
        };
        line.quantity += amount(item.quantity);
        line.total += amount(item.total);
        byProduct.set(item.product_id, line);
      }
    }
  }
  const lines = [...byProduct.values()].sort((a, b) => b.total - a.total);
  return {
    from: period.from,
    to: period.to,
    currency_code: "vnd",
    total: lines.reduce((sum, line) => sum + line.total, 0),
    orders: orderIds.length,
    items: lines.reduce((sum, line) => sum + line.quantity, 0),
    by_product: lines,
  };
}
