import type Medusa from "@medusajs/js-sdk";
import type {
  StoreArtisanResponse,
  StoreCatalogProductsResponse,
} from "../../commerce/src/api/store/types.ts";

export type CatalogQuery = Record<string, string | number | string[] | undefined>;

/** GET /store/catalog/products through the SDK's fetch. */
export function listCatalog(sdk: Medusa, query: CatalogQuery, locale?: string) {
  return sdk.client.fetch<StoreCatalogProductsResponse>("/store/catalog/products", {
    query: { ...query, ...(locale ? { locale } : {}) },
  });
}

/** GET /store/artisans/:handle through the SDK's fetch. */
export function retrieveArtisan(sdk: Medusa, handle: string, query: CatalogQuery, locale?: string) {
  return sdk.client.fetch<StoreArtisanResponse>(`/store/artisans/${handle}`, {
    query: { ...query, ...(locale ? { locale } : {}) },
  });
}
