import type { CatalogProduct, StoreCatalogProductsResponse } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { sdk } from "./client.ts";
import { callMedusa } from "./errors.ts";

/** What a product card shows, already in the page's language. */
export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** Price of the first variant in the region's currency, in its main unit (VND: đồng), or null. */
  price: { amount: number; currencyCode: string } | null;
}

export interface ListProductsOptions {
  /** Prices are in this region's currency. */
  regionId: string;
  locale: Locale;
  limit?: number;
  /** Only products made in this village (its handle). */
  village?: string;
}

/** Medusa's locale for each page language: Vietnamese texts are the products' own. */
const MEDUSA_LOCALE: Record<Locale, string | undefined> = { vi: undefined, en: "en-US" };

/** Published products of the storefront's sales channel, newest first (commerce's catalogue route). */
export async function listProducts({
  regionId,
  locale,
  limit = 12,
  village,
}: ListProductsOptions): Promise<ProductSummary[]> {
  const { products } = await callMedusa("list products", () =>
    sdk.client.fetch<StoreCatalogProductsResponse>("/store/catalog/products", {
      query: {
        region_id: regionId,
        limit,
        order: "-created_at",
        ...(village ? { village } : {}),
        ...(MEDUSA_LOCALE[locale] ? { locale: MEDUSA_LOCALE[locale] } : {}),
      },
    }),
  );
  return products.map(toProductSummary);
}

/** A card's view of a catalogue product: its first variant's price (variants come by rank). */
export function toProductSummary(product: CatalogProduct): ProductSummary {
  const price = product.variants[0]?.calculated_price;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail,
    price: price ? { amount: price.calculated_amount, currencyCode: price.currency_code } : null,
  };
}
