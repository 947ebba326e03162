import type { Locale } from "../../i18n/index.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProducts, type ProductSummary } from "../../lib/commerce/list-products.ts";
import { retrieveRegionByCurrency, type StoreCurrency } from "../../lib/commerce/regions.ts";

/** What the home page shows from Medusa, and how long shared caches (a CDN) may keep it. */
export interface HomePageData {
  products: ProductSummary[];
  /** Medusa could not be reached or failed: the page says the shop is away instead of listing. */
  commerceUnavailable: boolean;
  cacheControl: string;
}

/** How many new products the home page shows. */
const NEW_PRODUCTS = 8;
const CACHE_FRESH = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** A degraded page is cached only briefly, so the shop comes back soon after Medusa does. */
const CACHE_DEGRADED = "public, max-age=0, s-maxage=10";

/**
 * The newest products, priced in the buyer's currency (the region that sells in it). Never throws for
 * a Medusa failure: it logs it, and the curated parts of the page still show.
 */
export async function loadHomePage(locale: Locale, currency: StoreCurrency): Promise<HomePageData> {
  try {
    const region = await retrieveRegionByCurrency(currency);
    if (!region) {
      console.warn(`[home] Medusa has no region in ${currency}: run the commerce seed to create it.`);
    }
    const products = region ? await listProducts({ regionId: region.id, locale, limit: NEW_PRODUCTS }) : [];
    return { products, commerceUnavailable: false, cacheControl: CACHE_FRESH };
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[home] ${error.message}`);
    return { products: [], commerceUnavailable: true, cacheControl: CACHE_DEGRADED };
  }
}
