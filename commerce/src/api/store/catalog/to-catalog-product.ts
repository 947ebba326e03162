import type { VariantAvailabilityResult } from "@medusajs/framework/utils";
import type {
  ArtisanSummary,
  CatalogCraftProfile,
  CatalogMark,
  CatalogProduct,
  CatalogVariant,
} from "../types";

/** A product row as query.graph returns it with CATALOG_PRODUCT_FIELDS. */
export interface ProductRow extends Omit<
  CatalogProduct,
  "craft" | "artisan" | "variants" | "created_at" | "sample" | "marks"
> {
  created_at: string | Date;
  metadata?: Record<string, unknown> | null;
  craft_profile?: CraftRow | null;
  artisan?: ArtisanSummary | null;
  variants?: VariantRow[] | null;
}

type CraftRow = CatalogCraftProfile & {
  id?: string;
  created_at?: unknown;
  updated_at?: unknown;
  deleted_at?: unknown;
};

interface VariantRow {
  id: string;
  title: string;
  sku: string | null;
  variant_rank?: number | null;
  manage_inventory: boolean;
  allow_backorder: boolean;
  options?: { value: string; option?: { title: string } | null }[] | null;
  calculated_price?: {
    calculated_amount: number | null;
    original_amount: number | null;
    currency_code: string | null;
  } | null;
}

/**
 * Shapes a product row for the storefront: variants by rank, prices and stock per variant; of the
 * marks it names, only `shownMarks` (those its artisan may show today, shown-marks.ts).
 */
export function toCatalogProduct(
  row: ProductRow,
  availability: VariantAvailabilityResult,
  shownMarks: CatalogMark[] = [],
): CatalogProduct {
  const { craft_profile, artisan, variants, created_at, metadata, ...product } = row;
  return {
    ...product,
    created_at: new Date(created_at).toISOString(),
    sample: metadata?.sample === true,
    craft: craft_profile
      ? { ...pickCraft(craft_profile), marks: shownMarks.map((mark) => mark.handle) }
      : null,
    artisan: artisan ?? null,
    marks: shownMarks,
    variants: [...(variants ?? [])]
      .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      .map((variant) => toCatalogVariant(variant, availability)),
  };
}

/** The profile's public fields (without ids and timestamps). */
function pickCraft({
  id: _id,
  created_at: _c,
  updated_at: _u,
  deleted_at: _d,
  ...craft
}: CraftRow): CatalogCraftProfile {
  return craft;
}

function toCatalogVariant(variant: VariantRow, availability: VariantAvailabilityResult): CatalogVariant {
  const price = variant.calculated_price;
  const quantity = variant.manage_inventory ? (availability[variant.id]?.availability ?? 0) : null;
  return {
    id: variant.id,
    title: variant.title,
    sku: variant.sku,
    options: (variant.options ?? []).map((option) => ({
      option_title: option.option?.title ?? "",
      value: option.value,
    })),
    calculated_price:
      price && price.calculated_amount !== null && price.currency_code
        ? {
            calculated_amount: Number(price.calculated_amount),
            original_amount: Number(price.original_amount ?? price.calculated_amount),
            currency_code: price.currency_code,
          }
        : null,
    inventory_quantity: quantity,
    in_stock: quantity === null || quantity > 0 || variant.allow_backorder,
  };
}
