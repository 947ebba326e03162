import type { Craft, EthnicGroup } from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { CatalogOrder } from "../../../commerce/src/api/store/catalog/catalog-orders.ts";
import type { Locale } from "../../i18n/index.ts";
import { localeQuery } from "./medusa-locale.ts";

export type { CatalogOrder };

/** What `getLiveCollection("products", filter)` can ask for. */
export interface ProductsFilter {
  /** Prices are in this region's currency. */
  regionId: string;
  /** Texts in this language. */
  locale: Locale;
  craft?: Craft[];
  ethnicGroup?: EthnicGroup[];
  /** Village handles (content/villages). */
  village?: string[];
  /** Artisan handles. */
  artisan?: string[];
  /** Bounds on a product's lowest variant price, in the region's currency (main units), inclusive. */
  priceMin?: number;
  priceMax?: number;
  /** Newest first by default; `price` compares the lowest variant price in the region. */
  order?: CatalogOrder;
  limit?: number;
  offset?: number;
}

/** What `getLiveEntry("products", filter)` needs: a handle, and the region and language to show it in. */
export interface ProductEntryFilter {
  handle: string;
  regionId: string;
  locale: Locale;
}

type Query = Record<string, string | number | string[]>;

/**
 * The query of GET /store/catalog/products for a collection filter, or for an entry lookup (a filter
 * with the handle); unset fields are left out.
 */
export function catalogQuery(filter: ProductsFilter & { handle?: string }): Query {
  const query: Query = {
    region_id: filter.regionId,
    order: filter.order ?? "-created_at",
    ...localeQuery(filter.locale),
  };
  const lists = { craft: filter.craft, ethnic_group: filter.ethnicGroup, village: filter.village };
  for (const [key, values] of Object.entries({ ...lists, artisan: filter.artisan })) {
    if (values?.length) query[key] = values.join(",");
  }
  if (filter.priceMin !== undefined) query.price_min = filter.priceMin;
  if (filter.priceMax !== undefined) query.price_max = filter.priceMax;
  if (filter.handle !== undefined) query.handle = filter.handle;
  if (filter.limit !== undefined) query.limit = filter.limit;
  if (filter.offset !== undefined) query.offset = filter.offset;
  return query;
}
