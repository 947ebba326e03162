import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";

/** A line item as the artisan routes read it. */
export interface OrderItemRow {
  product_id?: string | null;
  title?: string | null;
  product_title?: string | null;
  quantity?: unknown;
  unit_price?: unknown;
  total?: unknown;
  thumbnail?: string | null;
}

/** Filters on orders besides "has one of these products". */
export interface OrderFilters {
  created_at?: { $gte: Date; $lt: Date };
  status?: { $ne: string };
  currency_code?: string;
}

/**
 * Ids of the orders that hold at least one of `productIds`, newest first, and how many there are.
 * The order module maps `items.product_id` to the current version's line items.
 */
export async function listOrderIdsWithProducts(
  scope: MedusaContainer,
  productIds: string[],
  page: { skip: number; take: number },
  filters: OrderFilters = {},
): Promise<{ ids: string[]; count: number }> {
  if (!productIds.length) return { ids: [], count: 0 };
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { ...filters, items: { product_id: productIds } },
    pagination: { ...page, order: { created_at: "DESC" } },
  });
  return { ids: data.map((row) => row.id), count: metadata?.count ?? data.length };
}

/** Amounts come back as numbers, numeric strings or BigNumbers (valueOf): always a number here. */
export const amount = (value: unknown) => Number(value ?? 0);
