import { ARTISAN_INDEXES } from "@kontum/search-config/artisans";
import { PRODUCT_INDEXES } from "@kontum/search-config/products";

/** The search indexes the storefront may query through POST /store/search. */
export const STORE_SEARCH_INDEXES: Record<string, boolean> = {
  [PRODUCT_INDEXES.vi]: true,
  [PRODUCT_INDEXES.en]: true,
  // Every artisan in these indexes is public (GET /store/artisans lists them all), so no filter is added.
  [ARTISAN_INDEXES.vi]: true,
  [ARTISAN_INDEXES.en]: true,
};
