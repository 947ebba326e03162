import { PRODUCT_INDEXES } from "@kontum/search-config/products";

/** The search indexes the storefront may query through POST /store/search. */
export const STORE_SEARCH_INDEXES: Record<string, boolean> = {
  [PRODUCT_INDEXES.vi]: true,
  [PRODUCT_INDEXES.en]: true,
};
