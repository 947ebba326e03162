import { getEntry, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import type { ProductSummary } from "../../lib/commerce/list-products.ts";
import { localizedId } from "../../schemas/localized-reference.ts";
import { loadVillageProducts } from "./load-village-products.ts";

/** What a village page needs, its status and how long shared caches may keep it. */
export interface VillageRoute {
  village: CollectionEntry<"villages"> | undefined;
  products: ProductSummary[];
  commerceUnavailable: boolean;
  status: 200 | 404;
  cacheControl: string;
}

const CACHE_FRESH = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** Without Medusa the page still shows the village; it is cached briefly so products come back soon. */
const CACHE_DEGRADED = "public, max-age=0, s-maxage=10";

/** The village `handle` in `locale` (404 when there is none) with its products from Medusa. */
export async function loadVillageRoute(locale: Locale, handle: string): Promise<VillageRoute> {
  const village = await getEntry("villages", localizedId(locale, handle));
  if (!village) {
    return { village, products: [], commerceUnavailable: false, status: 404, cacheControl: CACHE_DEGRADED };
  }
  const { products, commerceUnavailable } = await loadVillageProducts(handle, locale);
  const cacheControl = commerceUnavailable ? CACHE_DEGRADED : CACHE_FRESH;
  return { village, products, commerceUnavailable, status: 200, cacheControl };
}
