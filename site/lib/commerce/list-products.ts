import { getLiveCollection } from "astro:content";
import type { CatalogProduct } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import type { CatalogOrder, ProductsFilter } from "./catalog-filter.ts";
import { productTotals } from "./products-loader.ts";

/** What a product card shows, already in the page's language. */
export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** Lowest variant price in the region's currency, in its main unit (VND: đồng), or null. */
  price: { amount: number; currencyCode: string } | null;
  /** Some variants cost more than `price` (the card says "from"). */
  priceVaries: boolean;
}

export interface ListProductsOptions {
  /** Prices are in this region's currency. */
  regionId: string;
  locale: Locale;
  limit?: number;
  /** Only products made in this village (its handle). */
  village?: string;
  order?: CatalogOrder;
}

/**
 * One page of the `products` live collection and the total that matches the filter. Throws the
 * loader's CommerceError (or Astro's LiveCollectionError) when Medusa fails.
 */
export async function listProductPage(
  filter: ProductsFilter,
): Promise<{ products: CatalogProduct[]; count: number }> {
  const { entries, error } = await getLiveCollection("products", filter);
  if (error) throw error;
  const products = (entries ?? []).map((entry) => entry.data);
  return { products, count: productTotals.of(filter) ?? products.length };
}

/** Published products of the storefront's sales channel, newest first, as card summaries. */
export async function listProducts({
  regionId,
  locale,
  limit = 12,
  village,
  order = "-created_at",
}: ListProductsOptions): Promise<ProductSummary[]> {
  const { products } = await listProductPage({
    regionId,
    locale,
    limit,
    order,
    ...(village ? { village: [village] } : {}),
  });
  return products.map(toProductSummary);
}

/** A card's view of a catalogue product: its lowest variant price in the region. */
export function toProductSummary(product: CatalogProduct): ProductSummary {
  const prices = product.variants.flatMap((variant) =>
    variant.calculated_price ? [variant.calculated_price] : [],
  );
  const lowest = prices.reduce<(typeof prices)[number] | undefined>(
    (min, price) => (!min || price.calculated_amount < min.calculated_amount ? price : min),
    undefined,
  );
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail,
    price: lowest ? { amount: lowest.calculated_amount, currencyCode: lowest.currency_code } : null,
    priceVaries: prices.some((price) => price.calculated_amount !== lowest?.calculated_amount),
  };
}
