import type { RemoteQueryFunction } from "@medusajs/framework/types";
import { ProductWorkflowEvents } from "@medusajs/framework/utils";
import ArtisanProductLink from "../../links/artisan-product";
import { KontumEvents } from "../../workflows/events";
import { eventIds, pluck } from "./product-event-ids";

/**
 * Every event after which an artisan's search document may have changed: the artisan's own (the
 * workflows emit them after writing the English bio, so no translation event is needed), and the
 * product events that change how many published products they have.
 */
export const ARTISAN_SEARCH_EVENTS = [
  KontumEvents.ARTISAN_CREATED,
  KontumEvents.ARTISAN_UPDATED,
  KontumEvents.ARTISAN_DELETED,
  KontumEvents.PRODUCT_CRAFT_UPDATED,
  ProductWorkflowEvents.UPDATED,
  ProductWorkflowEvents.DELETED,
];

/** What an event means for the artisan indexes: artisans to delete, or artisans to read again. */
export type ArtisanEventEffect = { delete: string[] } | { reconcile: string[] };

/**
 * Maps an event to the artisans whose documents it touches.
 * - artisan created or updated: that artisan; deleted: removed from the index.
 * - a product published, unpublished, deleted, or its maker set or changed: the product count of every
 *   artisan it is or was linked to. A changed or removed maker leaves its link soft-deleted, so reading
 *   the product's links with the deleted ones finds the former maker as well as the new one.
 */
export async function artisanEventEffect(
  query: RemoteQueryFunction,
  event: { name: string; data: unknown },
): Promise<ArtisanEventEffect> {
  const ids = eventIds(event.data);
  if (!ids.length) return { reconcile: [] };
  switch (event.name) {
    case KontumEvents.ARTISAN_DELETED:
      return { delete: ids };
    case KontumEvents.ARTISAN_CREATED:
    case KontumEvents.ARTISAN_UPDATED:
      return { reconcile: ids };
    case KontumEvents.PRODUCT_CRAFT_UPDATED:
    case ProductWorkflowEvents.UPDATED:
    case ProductWorkflowEvents.DELETED: {
      const { data } = await query.graph({
        entity: ArtisanProductLink.entryPoint,
        fields: ["artisan_id"],
        filters: { product_id: ids },
        withDeleted: true,
      });
      return { reconcile: pluck(data, "artisan_id") };
    }
    default:
      return { reconcile: [] };
  }
}
