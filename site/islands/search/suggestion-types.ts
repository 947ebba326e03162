import type { BaseHit, Hit } from "instantsearch.js";
import type { Locale } from "../../i18n/index.ts";

/** What the header's search form tells the suggestions (its `data-*` attributes, set on the server). */
export interface SuggestConfig {
  locale: Locale;
  productIndex: string;
  villageIndex: string;
  artisanIndex: string;
  /** Links in the page's language: the search page, the catalogue (`<products>/<handle>`), artisans. */
  paths: { search: string; products: string; artisans: string };
}

/** One choice in the list: what it says, where it leads. */
export interface Suggestion {
  id: string;
  /** Plain text, for the option's name. */
  label: string;
  /** The hit and its attribute holding the label, to mark the matched words when the engine did. */
  hit: Hit<BaseHit>;
  attribute: string;
  /** A second line: maker and village, or the village's place. */
  detail?: string;
  href: string;
}

export interface SuggestionGroup {
  key: "products" | "villages" | "artisans";
  label: string;
  options: Suggestion[];
}
