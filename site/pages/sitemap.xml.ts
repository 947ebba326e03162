import type { APIRoute } from "astro";
import { CommerceError } from "../lib/commerce/errors.ts";
import { listArtisanHandles, listProductHandles } from "../lib/commerce/list-page-handles.ts";
import { commerceSitemapPages, curatedSitemapPages } from "../lib/seo/sitemap-pages.ts";
import { renderSitemap } from "../lib/seo/sitemap-xml.ts";
import { cacheFor } from "../lib/ttl-cache.ts";

// Rendered on demand: product and artisan pages come from Medusa.
export const prerender = false;

const HOUR_SECONDS = 3600;
/** Medusa's handles are read at most once an hour per server; a failed read is retried next time. */
const readCommerceHandles = cacheFor(HOUR_SECONDS * 1000, async () => {
  const [products, artisans] = await Promise.all([listProductHandles(), listArtisanHandles()]);
  return { products, artisans };
});

/** Every page of the site; without Medusa, the curated pages alone, cached briefly. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("The sitemap needs absolute links: set `site` in astro.config.mjs.");
  const pages = await curatedSitemapPages(site);
  let cacheControl = `public, max-age=${HOUR_SECONDS}`;
  try {
    const { products, artisans } = await readCommerceHandles();
    pages.push(...commerceSitemapPages(site, "products", products));
    pages.push(...commerceSitemapPages(site, "artisans", artisans));
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[sitemap] without product and artisan pages: ${error.message}`);
    cacheControl = "public, max-age=0, s-maxage=60";
  }
  return new Response(renderSitemap(pages), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": cacheControl },
  });
};
