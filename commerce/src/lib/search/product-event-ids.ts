import type { RemoteQueryFunction } from "@medusajs/framework/types";
import {
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  ReservationItemWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils";
import { KontumEvents } from "../../workflows/events";

/**
 * Every event after which a product's search document may have changed, beyond the product's own:
 * prices (a variant update carries its prices), stock (levels, reservations made by orders), English
 * texts (translations), the craft profile and the maker.
 */
export const PRODUCT_SEARCH_EVENTS = [
  ProductWorkflowEvents.CREATED,
  ProductWorkflowEvents.UPDATED,
  ProductWorkflowEvents.DELETED,
  ProductVariantWorkflowEvents.CREATED,
  ProductVariantWorkflowEvents.UPDATED,
  ProductVariantWorkflowEvents.DELETED,
  InventoryItemWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.CREATED,
  InventoryLevelWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.DELETED,
  ReservationItemWorkflowEvents.CREATED,
  ReservationItemWorkflowEvents.UPDATED,
  ReservationItemWorkflowEvents.DELETED,
  TranslationWorkflowEvents.CREATED,
  TranslationWorkflowEvents.UPDATED,
  TranslationWorkflowEvents.DELETED,
  KontumEvents.PRODUCT_CRAFT_UPDATED,
  KontumEvents.ARTISAN_UPDATED,
  KontumEvents.ARTISAN_DELETED,
];

/** What an event means for the product indexes: products to delete, or products to read again. */
export type ProductEventEffect = { delete: string[] } | { reconcile: string[] };

type Row = Record<string, unknown>;

/** The ids an event carries: `{ id }`, `{ ids }` or a list of `{ id }`. */
export function eventIds(data: unknown): string[] {
  const list = Array.isArray(data) ? data : [data];
  return list.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const record = entry as Row;
    if (typeof record.id === "string") return [record.id];
    if (Array.isArray(record.ids)) return record.ids.filter((id): id is string => typeof id === "string");
    return [];
  });
}

/** Maps an event to the products whose documents it touches. */
export async function productEventEffect(
  query: RemoteQueryFunction,
  event: { name: string; data: unknown },
): Promise<ProductEventEffect> {
  const ids = eventIds(event.data);
  if (!ids.length) return { reconcile: [] };
  const graph = async (entity: string, fields: string[], filters: Row, withDeleted = false) => {
    const { data } = await query.graph({ entity, fields, filters, withDeleted });
    return data as Row[];
  };
  switch (event.name) {
    case ProductWorkflowEvents.DELETED:
      return { delete: ids };
    case ProductWorkflowEvents.CREATED:
    case ProductWorkflowEvents.UPDATED:
    case KontumEvents.PRODUCT_CRAFT_UPDATED:
      return { reconcile: ids };
    case ProductVariantWorkflowEvents.CREATED:
    case ProductVariantWorkflowEvents.UPDATED:
    case ProductVariantWorkflowEvents.DELETED:
      return {
        reconcile: pluck(await graph("product_variant", ["product_id"], { id: ids }, true), "product_id"),
      };
    case InventoryLevelWorkflowEvents.CREATED:
    case InventoryLevelWorkflowEvents.UPDATED:
    case InventoryLevelWorkflowEvents.DELETED:
      return productsOfInventoryItems(
        graph,
        pluck(await graph("inventory_level", ["inventory_item_id"], { id: ids }, true), "inventory_item_id"),
      );
    case ReservationItemWorkflowEvents.CREATED:
    case ReservationItemWorkflowEvents.UPDATED:
    case ReservationItemWorkflowEvents.DELETED:
      return productsOfInventoryItems(
        graph,
        pluck(await graph("reservation_item", ["inventory_item_id"], { id: ids }, true), "inventory_item_id"),
      );
    case InventoryItemWorkflowEvents.UPDATED:
      return productsOfInventoryItems(graph, ids);
    case TranslationWorkflowEvents.CREATED:
    case TranslationWorkflowEvents.UPDATED:
    case TranslationWorkflowEvents.DELETED: {
      const rows = await graph("translation", ["reference", "reference_id"], { id: ids }, true);
      const products = rows.filter((row) => row.reference === "product");
      const profiles = rows.filter((row) => row.reference === "craft_profile");
      const ofProfiles = profiles.length
        ? pluck(
            await graph("craft_profile", ["product.id"], { id: pluck(profiles, "reference_id") }),
            "product.id",
          )
        : [];
      return { reconcile: unique([...pluck(products, "reference_id"), ...ofProfiles]) };
    }
    case KontumEvents.ARTISAN_UPDATED:
      return { reconcile: pluck(await graph("artisan", ["products.id"], { id: ids }), "products.id") };
    case KontumEvents.ARTISAN_DELETED:
      return { reconcile: productIdsOf(event.data) };
    default:
      return { reconcile: [] };
  }
}

async function productsOfInventoryItems(
  graph: (entity: string, fields: string[], filters: Row) => Promise<Row[]>,
  inventoryItemIds: string[],
): Promise<ProductEventEffect> {
  if (!inventoryItemIds.length) return { reconcile: [] };
  const rows = await graph("inventory_item", ["variants.product_id"], { id: inventoryItemIds });
  return { reconcile: pluck(rows, "variants.product_id") };
}

function productIdsOf(data: unknown): string[] {
  if (!data || typeof data !== "object" || !("product_ids" in data)) return [];
  const ids = (data as Row).product_ids;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

/** Distinct strings found at a dotted path of the rows (through lists). */
export function pluck(rows: unknown[], path: string): string[] {
  let values: unknown[] = rows;
  for (const segment of path.split(".")) {
    values = values.flatMap((value) => {
      if (!value || typeof value !== "object") return [];
      const next = (value as Row)[segment];
      return Array.isArray(next) ? next : [next];
    });
  }
  return unique(values.filter((value): value is string => typeof value === "string"));
}

const unique = (values: string[]) => [...new Set(values)];
