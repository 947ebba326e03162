import type { AstroCookies } from "astro";
import { getEntry, getLiveEntry, type CollectionEntry } from "astro:content";
import { HANDLE_PATTERN } from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { CatalogProduct } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { storeCurrency } from "../../lib/commerce/currency.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { retrieveRegionByCurrency, type StoreCurrency } from "../../lib/commerce/regions.ts";
import { localizedId } from "../../schemas/localized-reference.ts";

/** What a product page shows; `product` is absent on a 404. */
export interface ProductRoute {
  status: 200 | 404;
  currency: StoreCurrency;
  product?: CatalogProduct;
  /** The village the product was made in (content collection), when it has a page. */
  village?: CollectionEntry<"villages">;
}

/** Fresh for a minute in shared caches; one copy per currency cookie (`Vary: Cookie`). */
export const PRODUCT_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** The region a page prices in; none means the seed never ran, which the buyer sees as a 503. */
export async function regionIdFor(currency: StoreCurrency): Promise<string> {
  const region = await retrieveRegionByCurrency(currency);
  if (!region)
    throw new CommerceError("unavailable", `no region sells in ${currency}: run the commerce seed`);
  return region.id;
}

/** Product `handle` priced in the buyer's currency, in `locale`. Throws a CommerceError when Medusa fails. */
export async function loadProductRoute(
  locale: Locale,
  handle: string,
  cookies: AstroCookies,
): Promise<ProductRoute> {
  const currency = storeCurrency(cookies, locale);
  if (!HANDLE_PATTERN.test(handle)) return { status: 404, currency };
  const regionId = await regionIdFor(currency);
  const { entry, error } = await getLiveEntry("products", { handle, regionId, locale });
  if (error instanceof CommerceError && error.kind === "not-found") return { status: 404, currency };
  if (error || !entry) throw error ?? new CommerceError("unavailable", `product "${handle}": no entry`);
  const villageHandle = entry.data.craft?.village_handle ?? entry.data.artisan?.village_handle;
  const village = villageHandle ? await getEntry("villages", localizedId(locale, villageHandle)) : undefined;
  return { status: 200, currency, product: entry.data, village };
}
