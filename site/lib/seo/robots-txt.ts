/** Paths no crawler needs: the buyer's own pages, the API routes and the currency switch. */
export const PRIVATE_PATHS = ["/cart", "/checkout", "/order", "/api", "/store", "/currency"];

/** robots.txt: the private paths closed in every language (`/en/cart`…), and where the sitemap is. */
export function robotsTxt(sitemapUrl: string, localePrefixes: readonly string[]): string {
  const disallow = localePrefixes.flatMap((prefix) =>
    PRIVATE_PATHS.map((path) => `Disallow: ${prefix}${path}`),
  );
  return ["User-agent: *", ...disallow, "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
