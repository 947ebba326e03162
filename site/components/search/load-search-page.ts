import { getCollection } from "astro:content";
import type { AstroCookies } from "astro";
import { CONTENT_INDEXES } from "../../../search-config/indexes.ts";
import { PRODUCT_INDEXES } from "../../../search-config/products.ts";
import type { Locale } from "../../i18n/index.ts";
import { CRAFT_NAMES, ETHNIC_GROUP_NAMES } from "../../i18n/vocabulary-names.ts";
import type { FacetLabels, SearchPageProps } from "../../islands/search/search-props.ts";
import { storeCurrency } from "../../lib/commerce/currency.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { handleOf } from "../../schemas/localized-reference.ts";
import { listArtisans } from "../artisan/load-artisan-list.ts";
import { pagePath } from "./page-path.ts";

/** The page is a shell (results come from the browser): shared caches keep it a minute, per currency cookie. */
export const SEARCH_PAGE_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

const [VILLAGE_INDEX, STORY_INDEX] = CONTENT_INDEXES;

/** Village names by handle, in the page's language (content collection). */
async function villageNames(locale: Locale): Promise<Record<string, string>> {
  const entries = await getCollection("villages", ({ data }) => data.locale === locale);
  return Object.fromEntries(entries.map((entry) => [handleOf(entry.id), entry.data.name]));
}

/**
 * Artisan names by handle, from Medusa. Search does not need Medusa's artisans list to work: when it
 * cannot be read the facet shows handles, and the page still renders.
 */
async function artisanNames(locale: Locale): Promise<Record<string, string>> {
  try {
    const artisans = await listArtisans(locale);
    return Object.fromEntries(artisans.map((artisan) => [artisan.handle, artisan.display_name]));
  } catch (error) {
    if (error instanceof CommerceError) return {};
    throw error;
  }
}

/** What the search page's island needs: indexes of the language, currency, facet labels and links. */
export async function loadSearchPage(locale: Locale, cookies: AstroCookies): Promise<SearchPageProps> {
  const [village, artisan] = await Promise.all([villageNames(locale), artisanNames(locale)]);
  const labels: FacetLabels = {
    craft: CRAFT_NAMES[locale],
    ethnic_group: ETHNIC_GROUP_NAMES[locale],
    village,
    artisan,
  };
  return {
    locale,
    currency: storeCurrency(cookies, locale),
    productIndex: PRODUCT_INDEXES[locale],
    villageIndex: VILLAGE_INDEX,
    storyIndex: STORY_INDEX,
    labels,
    paths: {
      search: pagePath(locale, "search"),
      products: pagePath(locale, "products"),
      villages: pagePath(locale, "villages"),
    },
  };
}
