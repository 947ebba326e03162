import type { HttpTypes } from "@medusajs/types";
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
  /** Prices are calculated for this region; without it, products come without prices. */
  regionId?: string;
  locale: Locale;
  limit?: number;
}

// Medusa drops fields its store route does not allow, silently: `variants.variant_rank` alone is
// not allowed, `*variants` (every variant column) is.
const FIELDS = "id,handle,title,thumbnail,metadata,*variants";
/** Medusa calculates prices only for a region (its currency and taxes). */
const PRICED_FIELDS = `${FIELDS},*variants.calculated_price`;

/** Published products of the storefront's sales channel, newest first. */
export async function listProducts({
  regionId,
  locale,
  limit = 12,
}: ListProductsOptions): Promise<ProductSummary[]> {
  const { products } = await callMedusa("list products", () =>
    sdk.store.product.list({
      limit,
      order: "-created_at",
      ...(regionId ? { region_id: regionId, fields: PRICED_FIELDS } : { fields: FIELDS }),
    }),
  );
  return products.map((product) => toProductSummary(product, locale));
}

/** The Vietnamese title, or `metadata.title_en` on English pages when the product has one. */
function localizedTitle(product: HttpTypes.StoreProduct, locale: Locale): string {
  const english = product.metadata?.title_en;
  return locale === "en" && typeof english === "string" && english.trim() !== "" ? english : product.title;
}

/** The variant ranked first in Medusa (lowest `variant_rank`): the API does not promise an order. */
function firstVariant(product: HttpTypes.StoreProduct): HttpTypes.StoreProductVariant | undefined {
  const rank = (variant: HttpTypes.StoreProductVariant) => variant.variant_rank ?? Number.MAX_SAFE_INTEGER;
  return [...(product.variants ?? [])].sort((a, b) => rank(a) - rank(b))[0];
}

export function toProductSummary(product: HttpTypes.StoreProduct, locale: Locale): ProductSummary {
  const calculated = firstVariant(product)?.calculated_price;
  const amount = calculated?.calculated_amount;
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: localizedTitle(product, locale),
    thumbnail: product.thumbnail ?? null,
    price:
      typeof amount === "number" && calculated?.currency_code
        ? { amount, currencyCode: calculated.currency_code }
        : null,
  };
}
