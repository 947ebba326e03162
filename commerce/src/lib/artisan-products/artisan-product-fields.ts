/** What Query reads for an ArtisanProduct (to-artisan-product.ts turns it into one). */
export const ARTISAN_PRODUCT_FIELDS = [
  "id",
  "handle",
  "status",
  "title",
  "description",
  "thumbnail",
  "updated_at",
  "created_at",
  "metadata",
  "length",
  "width",
  "height",
  "weight",
  "images.id",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.id",
  "variants.inventory_items.inventory.location_levels.id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
];

/** The fields of a product row that the mapping reads. */
export interface ArtisanProductRow {
  id: string;
  handle: string;
  status: string;
  title: string;
  description: string | null;
  thumbnail: string | null;
  updated_at: Date | string;
  metadata: Record<string, unknown> | null;
  length: number | string | null;
  width: number | string | null;
  height: number | string | null;
  weight: number | string | null;
  images?: ({ id: string; url: string; rank?: number | null } | null)[] | null;
  variants?:
    | ({
        id: string;
        prices?: ({ amount?: number | string | null; currency_code?: string | null } | null)[] | null;
        inventory_items?:
          | ({
              inventory?: {
                id: string;
                location_levels?:
                  | ({ id: string; location_id: string; stocked_quantity?: number | string | null } | null)[]
                  | null;
              } | null;
            } | null)[]
          | null;
      } | null)[]
    | null;
}
