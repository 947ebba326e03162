import type { CatalogVariant } from "../../../commerce/src/api/store/types.ts";

/** What a buyer chooses between: the variant's option values ("Red and black"), else its title. */
export function variantLabel(variant: CatalogVariant): string {
  return variant.options.map((option) => option.value).join(" · ") || variant.title;
}

/** The variant a form selects first: the first that can be ordered. */
export function defaultVariant(variants: CatalogVariant[]): CatalogVariant | undefined {
  return variants.find((variant) => variant.in_stock && variant.calculated_price);
}

/** The most a buyer can order of a variant now, or undefined when stock is not tracked (or backordered). */
export function maxQuantity(variant: CatalogVariant): number | undefined {
  return variant.inventory_quantity !== null && variant.inventory_quantity > 0
    ? variant.inventory_quantity
    : undefined;
}
