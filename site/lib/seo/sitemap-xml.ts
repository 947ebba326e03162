/** One version of a page: its language (hreflang) and absolute URL. */
export interface PageVersion {
  hreflang: string;
  href: string;
}

/** A page of the site in every language it exists in; the first version is the default (x-default). */
export interface SitemapPage {
  versions: PageVersion[];
  /** When the page last changed, `YYYY-MM-DD` or ISO 8601; omitted when unknown. */
  lastmod?: string;
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);

/**
 * A sitemap (sitemaps.org 0.9) with one `<url>` per version of each page, each listing all versions as
 * `xhtml:link rel="alternate"` (Google's hreflang in sitemaps) and the first as `x-default`.
 */
export function renderSitemap(pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap(({ versions, lastmod }) => {
    const [first] = versions;
    if (!first) return [];
    const links = [...versions, { hreflang: "x-default", href: first.href }]
      .map(
        ({ hreflang, href }) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
      )
      .join("");
    const modified = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : "";
    return versions.map(({ href }) => `<url><loc>${escapeXml(href)}</loc>${modified}${links}</url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
