/**
 * Events of the project's own workflows (the core ones are in `@medusajs/framework/utils`). The search
 * indexes listen to them so that a craft profile or an artisan changed in the admin reaches search.
 */
export const KontumEvents = {
  /** A product's craft profile or maker was set: `{ id }` is the product's id. */
  PRODUCT_CRAFT_UPDATED: "product-craft.updated",
  /** `{ id }` is the artisan's id. */
  ARTISAN_CREATED: "artisan.created",
  ARTISAN_UPDATED: "artisan.updated",
  /** `{ id, product_ids }`: the artisan's products lost their maker. */
  ARTISAN_DELETED: "artisan.deleted",
} as const;
