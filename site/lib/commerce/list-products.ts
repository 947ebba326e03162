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
  /** Lowest variant price in the region's currency, in its main unit (VND: đồng). */
  price: { amount: number; currencyCode: string } | null;
}

/** Published products of the storefront's sales channel, newest first, priced in `regionId`. */
export async function listProducts(options: {
  regionId: string;
  locale: Locale;
  limit?: number;
}): Promise<ProductSummary[]> {
  const { products } = await callMedusa("list products", () =>
    sdk.store.product.list({
      region_id: options.regionId,
      limit: options.limit ?? 12,
      order: "-created_at",
      fields: "id,handle,title,thumbnail,metadata,*variants.calculated_price",
    }),
  );
  return products.map((product) => toSummary(product, options.locale));
}

function toSummary(product: HttpTypes.StoreProduct, locale: Locale): ProductSummary {
  const englishTitle = product.metadata?.title_en;
  const prices = (product.variants ?? [])
    .map((variant) => variant.calculated_price)
    .filter((price): price is NonNullable<typeof price> => typeof price?.calculated_amount === "number");
  const lowest = prices.sort((a, b) => Number(a.calculated_amount) - Number(b.calculated_amount))[0];
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: locale === "en" && typeof englishTitle === "string" ? englishTitle : product.title,
    thumbnail: product.thumbnail ?? null,
    price: lowest
      ? { amount: Number(lowest.calculated_amount), currencyCode: lowest.currency_code ?? "vnd" }
      : null,
  };
}
