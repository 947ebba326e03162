import { getCollection } from "astro:content";
import { getRelativeLocaleUrl } from "astro:i18n";
import { LOCALES, type Locale } from "../../i18n/index.ts";
import type { PageHandle } from "../commerce/list-page-handles.ts";
import { handleOf } from "../../schemas/localized-reference.ts";
import type { SitemapPage } from "./sitemap-xml.ts";

/** Pages that are not an entry: the home page and the lists, in every language. */
const LIST_PAGES = ["", "villages", "stories", "itineraries", "products"];

/** The page at `path` (without a locale prefix, e.g. `villages/kon-k-tu`) in `locales`, absolute. */
function page(site: URL, path: string, locales: readonly Locale[], lastmod?: string): SitemapPage {
  return {
    versions: locales.map((locale) => ({
      hreflang: locale,
      href: new URL(getRelativeLocaleUrl(locale, path), site).href,
    })),
    ...(lastmod ? { lastmod } : {}),
  };
}

/** Entries of a localized collection by handle, with the languages each exists in (Vietnamese first). */
async function byHandle(collection: "villages" | "stories" | "itineraries") {
  const entries = await getCollection(collection);
  const handles = new Map<string, { locales: Locale[]; lastmod?: string }>();
  for (const entry of entries) {
    const handle = handleOf(entry.id);
    const found = handles.get(handle) ?? { locales: [] };
    found.locales.push(entry.data.locale);
    if ("publishedAt" in entry.data) found.lastmod = entry.data.publishedAt.toISOString().slice(0, 10);
    handles.set(handle, found);
  }
  for (const found of handles.values()) found.locales.sort((a, b) => LOCALES.indexOf(a) - LOCALES.indexOf(b));
  return [...handles].sort(([a], [b]) => a.localeCompare(b));
}

/** Every curated page (content collections and the fixed pages), in each language it exists in. */
export async function curatedSitemapPages(site: URL): Promise<SitemapPage[]> {
  const pages = LIST_PAGES.map((path) => page(site, path, LOCALES));
  for (const collection of ["villages", "stories", "itineraries"] as const) {
    for (const [handle, { locales, lastmod }] of await byHandle(collection)) {
      pages.push(page(site, `${collection}/${handle}`, locales, lastmod));
    }
  }
  return pages;
}

/** Product or artisan pages (`folder` is `products` or `artisans`), in every language. */
export function commerceSitemapPages(
  site: URL,
  folder: string,
  handles: readonly PageHandle[],
): SitemapPage[] {
  return handles.map(({ handle, updatedAt }) => page(site, `${folder}/${handle}`, LOCALES, updatedAt));
}
