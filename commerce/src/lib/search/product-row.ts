import type { StoredMaterial } from "../../modules/craft/vocabulary";

/**
 * Paths the product indexes read with query.graph (seed and events). Prices are the variants' price-set
 * prices (not computed per region: the index holds the list price of each currency); stock is summed over
 * the stock locations' levels.
 */
export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "metadata",
  "sales_channels.id",
  "craft_profile.craft",
  "craft_profile.ethnic_group",
  "craft_profile.village_handle",
  "craft_profile.materials",
  "craft_profile.ocop_stars",
  "artisan.handle",
  "artisan.display_name",
  "artisan.village_handle",
  "artisan.ethnic_group",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.min_quantity",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
];

/** A product as query.graph returns it with PRODUCT_SEARCH_GRAPH_FIELDS. */
export type ProductSearchRow = {
  id: string;
  handle: string;
  title: string;
  subtitle?: string | null;
  description?: string | null;
  status: string;
  thumbnail?: string | null;
  created_at: string | Date;
  metadata?: Record<string, unknown> | null;
  sales_channels?: ({ id: string } | null)[] | null;
  craft_profile?: {
    craft: string;
    ethnic_group: string | null;
    village_handle: string;
    materials: StoredMaterial[] | null;
    ocop_stars: number | null;
  } | null;
  artisan?: {
    handle: string;
    display_name: string;
    village_handle: string;
    ethnic_group: string;
  } | null;
  variants?: (VariantRow | null)[] | null;
};

interface VariantRow {
  id: string;
  manage_inventory: boolean;
  allow_backorder: boolean;
  prices?:
    | ({
        amount: number | string;
        currency_code: string;
        min_quantity?: number | string | null;
        price_list_id?: string | null;
      } | null)[]
    | null;
  inventory_items?:
    | ({
        required_quantity?: number | null;
        inventory?: {
          location_levels?: ({ stocked_quantity: number; reserved_quantity: number } | null)[] | null;
        } | null;
      } | null)[]
    | null;
}

export type { VariantRow as ProductSearchVariantRow };
