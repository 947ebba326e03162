import type { LiveLoader } from "astro/loaders";
import type { CatalogProduct, StoreCatalogProductsResponse } from "../../../commerce/src/api/store/types.ts";
import { catalogQuery, type ProductEntryFilter, type ProductsFilter } from "./catalog-filter.ts";
import { sdk } from "./client.ts";
import { createTotals } from "./collection-totals.ts";
import { callMedusa, CommerceError } from "./errors.ts";

/** Totals of `products` collection calls, by filter object (see collection-totals.ts). */
export const productTotals = createTotals<ProductsFilter>();

/** One page of the catalogue, from commerce's catalogue route. */
async function fetchCatalog(
  filter: ProductsFilter & { handle?: string },
): Promise<StoreCatalogProductsResponse> {
  return callMedusa("list products", () =>
    sdk.client.fetch<StoreCatalogProductsResponse>("/store/catalog/products", {
      query: catalogQuery(filter),
    }),
  );
}

/** A Medusa failure as the loader returns it: pages get the CommerceError itself, with its kind. */
function asError(error: unknown): { error: CommerceError } {
  if (error instanceof CommerceError) return { error };
  throw error;
}

/**
 * The `products` live collection: published products of the storefront's channel, fresh from Medusa
 * on every call (price and stock must be current), priced in the filter's region, texts in its language.
 * Entry ids are product handles. Failures come back as `{ error: CommerceError }` (an unknown handle
 * is kind `not-found`), so pages tell a 404 from a 503 by `error.kind`.
 */
export function productsLoader(): LiveLoader<
  CatalogProduct,
  ProductEntryFilter,
  ProductsFilter,
  CommerceError
> {
  return {
    name: "kontum-medusa-products",
    async loadCollection({ filter }) {
      if (!filter) {
        return {
          error: new CommerceError("rejected", "products: a filter with regionId and locale is required"),
        };
      }
      try {
        const { products, count } = await fetchCatalog(filter);
        productTotals.record(filter, count);
        return { entries: products.map((product) => ({ id: product.handle, data: product })) };
      } catch (error) {
        return asError(error);
      }
    },
    async loadEntry({ filter }) {
      try {
        const { regionId, locale, handle } = filter;
        const { products } = await fetchCatalog({ regionId, locale, handle, limit: 1 });
        const product = products[0];
        if (!product) return { error: new CommerceError("not-found", `product "${handle}": not found`, 404) };
        return { id: product.handle, data: product };
      } catch (error) {
        return asError(error);
      }
    },
  };
}
