import { getCollection } from "astro:content";
import type { AstroCookies } from "astro";
import type { CatalogProduct } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { storeCurrency } from "../../lib/commerce/currency.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProductPage } from "../../lib/commerce/list-products.ts";
import { retrieveRegionByCurrency, type StoreCurrency } from "../../lib/commerce/regions.ts";
import { handleOf } from "../../schemas/localized-reference.ts";
import { parseCatalogParams, SORTS, type CatalogParams, type CatalogProblem } from "./catalog-params.ts";
import { PAGE_SIZE } from "./pagination.ts";

/** A village the filter offers: its handle and its name in the page's language. */
export interface VillageOption {
  handle: string;
  name: string;
}

/** What the catalogue page shows. */
export interface CatalogRoute {
  status: 200 | 404;
  currency: StoreCurrency;
  params: CatalogParams;
  problems: CatalogProblem[];
  villages: VillageOption[];
  products: CatalogProduct[];
  count: number;
  page: number;
  pageCount: number;
}

/** Fresh for a minute in shared caches; one copy per currency cookie (`Vary: Cookie`). */
export const CATALOG_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** Villages of the filter, in their curated order. */
async function villageOptions(locale: Locale): Promise<VillageOption[]> {
  const entries = await getCollection("villages", ({ data }) => data.locale === locale);
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ handle: handleOf(entry.id), name: entry.data.name }));
}

/**
 * Page `page` of the catalogue for the query in `url`. Throws a CommerceError when Medusa fails (the
 * page answers 503); a page number past the last one is a 404.
 */
export async function loadCatalogRoute(
  locale: Locale,
  url: URL,
  cookies: AstroCookies,
  page: number,
): Promise<CatalogRoute> {
  const currency = storeCurrency(cookies, locale);
  const villages = await villageOptions(locale);
  const { params, problems } = parseCatalogParams(
    url.searchParams,
    villages.map((village) => village.handle),
    currency,
  );
  const region = await retrieveRegionByCurrency(currency);
  if (!region) {
    throw new CommerceError("unavailable", `no region sells in ${currency}: run the commerce seed`);
  }
  const { products, count } = await listProductPage({
    regionId: region.id,
    locale,
    ...(params.craft ? { craft: [params.craft] } : {}),
    ...(params.ethnicGroup ? { ethnicGroup: [params.ethnicGroup] } : {}),
    ...(params.village ? { village: [params.village] } : {}),
    priceMin: params.priceMin,
    priceMax: params.priceMax,
    order: SORTS[params.sort],
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const status = page > pageCount ? 404 : 200;
  return { status, currency, params, problems, villages, products, count, page, pageCount };
}
