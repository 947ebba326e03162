import type { Locale } from "../../i18n/index.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";

/** Links the search UI builds, in the page's language (from `getRelativeLocaleUrl` on the server). */
export interface SearchPaths {
  /** The search page itself, e.g. `/search` or `/en/search`. */
  search: string;
  /** The catalogue, e.g. `/products`; a product is `<products>/<handle>`. */
  products: string;
  /** The list of craft villages. */
  villages: string;
}

/** Names shown for facet values (codes and handles), by document field, in the page's language. */
export type FacetLabels = Record<"craft" | "ethnic_group" | "village" | "artisan", Record<string, string>>;

/** What the search page's island gets from the server. */
export interface SearchPageProps {
  locale: Locale;
  /** The buyer's currency: prices shown, price range and price sort are in it. */
  currency: StoreCurrency;
  /** The products index of the page's language (`products`, `products-en-US`). */
  productIndex: string;
  /** The content indexes (villages, stories), filtered to the page's language. */
  villageIndex: string;
  storyIndex: string;
  labels: FacetLabels;
  paths: SearchPaths;
}
