import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { ROOT } from "../../scripts/stack/paths.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";
import { startDownStorefront } from "../harness/down-storefront.ts";
import { withServerIslands } from "../harness/server-islands.ts";

// The home page: curated villages and stories (prerendered), with the newest products from Medusa priced
// in the buyer's currency and the coming festival in server islands; without Medusa the rest still shows.
const stack = inject("stack");
const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, " ");
const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const get = async (base: string, pathname: string, cookie?: string) => {
  const headers = { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) };
  const response = await fetch(`${base}${pathname}`, { headers });
  return { response, html: decode(nbsp(await response.text())) };
};
/** The page and its server islands, entities decoded. */
const withIslands = (base: string, pathname: string, cookie?: string) =>
  withServerIslands(base, pathname, { cookie, transform: (html) => decode(nbsp(html)) });
const prices = (html: string) =>
  [...html.matchAll(/data-testid="product-price"[^>]*>([^<]*)</g)].map((m) => m[1]);
/** Featured villages of content/villages/vi, in their curated order (front matter `featured`, `order`). */
const featured = readdirSync(path.join(ROOT, "content/villages/vi"))
  .map((file) => readFileSync(path.join(ROOT, "content/villages/vi", file), "utf8"))
  .filter((text) => /^featured: true$/m.test(text))
  .map((text) => ({
    name: /^name: "?([^"\n]+)"?$/m.exec(text)![1]!,
    order: Number(/^order: (\d+)$/m.exec(text)![1]),
  }))
  .sort((a, b) => a.order - b.order);

describe("storefront home page", () => {
  it("shows new products from Medusa with prices in whole đồng (e.g. 450.000 ₫)", async () => {
    const { response, html: page, islands } = await withIslands(stack.storefront, "/");
    expect(response.status).toBe(200);
    expect(page).toContain('lang="vi"');
    // The products come in a server island, fresh for 60 s, one cached copy per currency cookie.
    const products = islands.get("NewProducts");
    expect(products?.response.status).toBe(200);
    expect(products?.response.headers.get("cache-control")).toContain("s-maxage=60");
    expect(products?.response.headers.get("vary")).toContain("Cookie");
    const html = products?.html ?? "";
    expect(html.match(/data-testid="product-card"/g)?.length ?? 0).toBeGreaterThan(0);
    expect(prices(html).length).toBeGreaterThan(0);
    for (const price of prices(html)) expect(price).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/);
  });

  it("is in English under /en/, with English titles and prices in dollars", async () => {
    const { response, html: page, all: html } = await withIslands(stack.storefront, "/en/");
    expect(response.status).toBe(200);
    expect(page).toContain('lang="en"');
    for (const price of prices(html)) expect(price).toMatch(/^\$\d[\d,]*\.\d{2}$/);
    const shown = html.match(/data-testid="product-card"/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    // Product titles come in English from Medusa's translations, not in Vietnamese.
    const headers = { "x-publishable-api-key": stack.publishableKey };
    const { regions } = await fetch(`${stack.medusa}/store/regions`, { headers }).then((r) => r.json());
    const usd = regions.find((r: { currency_code: string }) => r.currency_code === "usd").id;
    const list = (locale: string) =>
      fetch(`${stack.medusa}/store/catalog/products?region_id=${usd}&limit=${shown}${locale}`, { headers })
        .then((r) => r.json())
        .then((body: { products: { id: string; title: string }[] }) => body.products);
    const [english, vietnamese] = await Promise.all([list("&locale=en-US"), list("")]);
    const translated = english.find((product, i) => product.title !== vietnamese[i]?.title);
    expect(translated).toBeDefined();
    expect(html).toContain(translated!.title);
    expect(html).not.toContain(vietnamese.find((p) => p.id === translated!.id)!.title);
  });

  it("prices in the currency the buyer chose, whatever the language", async () => {
    const { all: html } = await withIslands(stack.storefront, "/en/", "ktc_currency=vnd");
    expect(prices(html).length).toBeGreaterThan(0);
    for (const price of prices(html)) expect(price).toMatch(/^₫\d{1,3}(,\d{3})+$/);
  });

  it("reads the same amount that Medusa stores: VND has no minor unit", async () => {
    const headers = { "x-publishable-api-key": stack.publishableKey };
    const { regions } = await fetch(`${stack.medusa}/store/regions`, { headers }).then((r) => r.json());
    const vietnam = regions.find((r: { currency_code: string }) => r.currency_code === "vnd");
    const url = `${stack.medusa}/store/products?region_id=${vietnam.id}&fields=*variants.calculated_price&limit=100`;
    const { products } = await fetch(url, { headers }).then((r) => r.json());
    const amounts = products.flatMap(
      (p: { variants: { calculated_price?: { calculated_amount: number } }[] }) =>
        p.variants.map((v) => v.calculated_price?.calculated_amount),
    );
    expect(amounts).toContain(450000);
  });

  it("shows the featured villages in their curated order, the first picture loaded at once", async () => {
    const { html } = await get(stack.storefront, "/");
    const cards = html.split('data-testid="featured-village"').slice(1);
    const names = cards.map((card) => /<h3[^>]*>\s*<a [^>]*>([^<]+)<\/a>/.exec(card)?.[1]);
    expect(names).toEqual(featured.map((v) => v.name));
    expect(cards[0]).toMatch(/<source srcset="[^"]+" type="image\/avif"/);
    expect(cards[0]).toMatch(/<source srcset="[^"]+" type="image\/webp"/);
    expect(cards[0]).toMatch(/<img [^>]*loading="eager"/);
    for (const card of cards.slice(1)) expect(card).toMatch(/<img [^>]*loading="lazy"/);
  });

  it("shows the latest stories, the coming festival, and says what the site is (JSON-LD)", async () => {
    for (const [pathname, t] of [
      ["/", vi],
      ["/en/", en],
    ] as const) {
      const { all: html } = await withIslands(stack.storefront, pathname);
      expect(html.match(/data-testid="story-card"/g)?.length).toBe(3);
      expect(html).toContain(`href="${pathname}stories/`);
      // The festival collection has one with usual months: there is always a next one.
      expect(html).toContain('data-testid="next-festival"');
      expect(html).toContain(t["content.festivals.next"]);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      const types = blocks
        .flatMap((m) => JSON.parse(m[1]!))
        .map((thing: { "@type": string }) => thing["@type"]);
      expect(types).toEqual(expect.arrayContaining(["Organization", "WebSite"]));
      expect(html).toContain(`type="application/rss+xml"`);
    }
  });
});

describe("the home page and the sitemap without Medusa", () => {
  let down: ManagedChild;
  let downUrl: string;

  beforeAll(async () => {
    ({ child: down, url: downUrl } = await startDownStorefront(stack, "storefront-home-medusa-down"));
  });

  afterAll(async () => {
    await down?.stop();
  });

  it("still shows villages, stories and the festival, and says the shop is away", async () => {
    const { response, all: html, islands } = await withIslands(downUrl, "/en/");
    expect(response.status).toBe(200);
    expect(html).toContain(en["commerce.unavailable"]);
    expect(html).not.toContain('data-testid="product-card"');
    // The featured villages come in a server island (curated in Medusa); without Medusa, the content's own.
    const villages = islands.get("FeaturedVillages")?.html ?? "";
    expect(villages.match(/data-testid="featured-village"/g)?.length).toBe(featured.length);
    expect(html.match(/data-testid="story-card"/g)?.length).toBe(3);
    expect(html).toContain('data-testid="next-festival"');
  });

  it("serves the curated part of the sitemap, cached only briefly", async () => {
    const response = await fetch(`${downUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).not.toContain("max-age=3600");
    const sitemap = await response.text();
    expect(sitemap).toContain("/en/villages/kon-k-tu/</loc>");
    expect(sitemap).toContain("/stories/brocade-and-indigo/</loc>");
    expect(sitemap).not.toMatch(/\/products\/[a-z0-9-]+\/<\/loc>/);
  });
});
