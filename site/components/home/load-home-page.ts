import type { Locale } from "../../i18n/index.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProducts, type ProductSummary } from "../../lib/commerce/list-products.ts";
import { retrieveRegionByCurrency } from "../../lib/commerce/regions.ts";

/** What the home page shows, and how long shared caches (a CDN) may keep it. */
export interface HomePageData {
  products: ProductSummary[];
  /** Medusa could not be reached or failed: the page says the shop is away instead of listing. */
  commerceUnavailable: boolean;
  cacheControl: string;
}

const CACHE_FRESH = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** A degraded page is cached only briefly, so the shop comes back soon after Medusa does. */
const CACHE_DEGRADED = "public, max-age=0, s-maxage=10";

/** Products priced in the Việt Nam region (VND). Never throws for a Medusa failure: it logs it. */
export async function loadHomePage(locale: Locale): Promise<HomePageData> {
  try {
    const region = await retrieveRegionByCurrency("vnd");
    if (!region) console.warn("[home] Medusa has no region in VND: run the commerce seed to create it.");
    const products = region ? await listProducts({ regionId: region.id, locale }) : [];
    return { products, commerceUnavailable: false, cacheControl: CACHE_FRESH };
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[home] ${error.message}`);
    return { products: [], commerceUnavailable: true, cacheControl: CACHE_DEGRADED };
  }
}
