import type { AstroCookies } from "astro";
import { getEntry, getLiveEntry, type CollectionEntry } from "astro:content";
import type { CatalogProduct, StoreArtisan } from "../../../commerce/src/api/store/types.ts";
import { HANDLE_PATTERN } from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { Locale } from "../../i18n/index.ts";
import { storeCurrency } from "../../lib/commerce/currency.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProductPage } from "../../lib/commerce/list-products.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";
import { localizedId } from "../../schemas/localized-reference.ts";
import { regionIdFor } from "../product/load-product-route.ts";

/** What an artisan page shows; `artisan` is absent on a 404. */
export interface ArtisanRoute {
  status: 200 | 404;
  currency: StoreCurrency;
  artisan?: StoreArtisan;
  village?: CollectionEntry<"villages">;
  products: CatalogProduct[];
}

/** Fresh for a minute in shared caches; one copy per currency cookie (`Vary: Cookie`). */
export const ARTISAN_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** Products shown on an artisan's page (makers have a handful). */
const PRODUCT_LIMIT = 24;

/** Artisan `handle` with their products priced in the buyer's currency. Throws a CommerceError when Medusa fails. */
export async function loadArtisanRoute(
  locale: Locale,
  handle: string,
  cookies: AstroCookies,
): Promise<ArtisanRoute> {
  const currency = storeCurrency(cookies, locale);
  if (!HANDLE_PATTERN.test(handle)) return { status: 404, currency, products: [] };
  const [{ entry, error }, regionId] = await Promise.all([
    getLiveEntry("artisans", { handle, locale }),
    regionIdFor(currency),
  ]);
  if (error instanceof CommerceError && error.kind === "not-found") {
    return { status: 404, currency, products: [] };
  }
  if (error || !entry) throw error ?? new CommerceError("unavailable", `artisan "${handle}": no entry`);
  const [village, { products }] = await Promise.all([
    getEntry("villages", localizedId(locale, entry.data.village_handle)),
    listProductPage({ regionId, locale, artisan: [handle], limit: PRODUCT_LIMIT }),
  ]);
  return { status: 200, currency, artisan: entry.data, village, products };
}
