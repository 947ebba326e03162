import { getRelativeLocaleUrl } from "astro:i18n";
import type { Locale } from "../../i18n/index.ts";

/** A page of the site in `locale`, without the trailing slash (`/products`, `/en/search`). */
export function pagePath(locale: Locale, path: string): string {
  return getRelativeLocaleUrl(locale, path).replace(/(.)\/$/, "$1");
}
