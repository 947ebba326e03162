import type { AstroCookies } from "astro";
import { getEntry, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import { storeCurrency } from "../../lib/commerce/currency.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";
import { localizedId } from "../../schemas/localized-reference.ts";
import { loadVillageCommerce, type VillageCommerce } from "./load-village-products.ts";

/** What a village page needs, its status and how long shared caches may keep it. */
export interface VillageRoute extends VillageCommerce {
  village: CollectionEntry<"villages"> | undefined;
  /** The buyer's currency, which the products are priced in. */
  currency: StoreCurrency;
  status: 200 | 404;
  cacheControl: string;
}

const CACHE_FRESH = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** Without Medusa the page still shows the village; it is cached briefly so products come back soon. */
const CACHE_DEGRADED = "public, max-age=0, s-maxage=10";

/** The village `handle` in `locale` (404 when there is none) with its products and artisans from Medusa. */
export async function loadVillageRoute(
  locale: Locale,
  handle: string,
  cookies: AstroCookies,
): Promise<VillageRoute> {
  const currency = storeCurrency(cookies, locale);
  const village = await getEntry("villages", localizedId(locale, handle));
  if (!village) {
    const empty = { products: [], artisans: [], commerceUnavailable: false };
    return { village, currency, ...empty, status: 404, cacheControl: CACHE_DEGRADED };
  }
  const commerce = await loadVillageCommerce(handle, locale, currency);
  const cacheControl = commerce.commerceUnavailable ? CACHE_DEGRADED : CACHE_FRESH;
  return { village, currency, ...commerce, status: 200, cacheControl };
}
