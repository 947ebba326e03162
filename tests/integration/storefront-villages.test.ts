import { describe, expect, inject, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";

// Village pages: curated content with the village's products read fresh from Medusa.
const stack = inject("stack");
const get = (path: string) =>
  fetch(`${stack.storefront}${path}`, { headers: { "accept-encoding": "identity" } });
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, "&");

describe("village pages", () => {
  it("lists the eight craft villages in Vietnamese and in English", async () => {
    for (const path of ["/villages/", "/en/villages/"]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const html = decode(await response.text());
      expect(html.match(/data-testid="village-card"/g)).toHaveLength(8);
    }
  });

  it("shows a village with the products made there, priced in đồng", async () => {
    const makers = new Set(
      artisanFixtures.filter((a) => a.villageHandle === "kon-k-tu").map((a) => a.handle),
    );
    const made = productFixtures.filter((product) => makers.has(product.artisanHandle));
    const response = await get("/villages/kon-k-tu");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
    const html = decode(await response.text());
    expect(html).toContain("Làng Kon K'Tu");
    // Other tests may add products to the village: the page shows what Medusa's catalogue has for it.
    const headers = { "x-publishable-api-key": stack.publishableKey };
    const { regions } = await fetch(`${stack.medusa}/store/regions`, { headers }).then((r) => r.json());
    const vnd = regions.find((r: { currency_code: string }) => r.currency_code === "vnd").id;
    const catalogue = await fetch(
      `${stack.medusa}/store/catalog/products?region_id=${vnd}&village=kon-k-tu&limit=1`,
      { headers },
    ).then((r) => r.json());
    expect(catalogue.count).toBeGreaterThanOrEqual(made.length);
    expect(html.match(/data-testid="product-card"/g)?.length).toBe(Math.min(catalogue.count, 24));
    for (const product of made.slice(0, 3)) expect(html).toContain(product.title.vi);
    const other = productFixtures.find((product) => !makers.has(product.artisanHandle));
    expect(html).not.toContain(`<h3>${other?.title.vi}</h3>`);
  });

  it("is in English under /en/, with English product titles", async () => {
    const html = decode(await (await get("/en/villages/kon-k-tu")).text());
    expect(html).toContain('lang="en"');
    expect(html).toContain("Kon K'Tu village");
    const maker = artisanFixtures.find((a) => a.villageHandle === "kon-k-tu");
    const product = productFixtures.find((p) => p.artisanHandle === maker?.handle);
    expect(html).toContain(product?.title.en);
  });

  it("answers 404 for a village that does not exist, in both languages", async () => {
    expect((await get("/villages/khong-co-lang-nay")).status).toBe(404);
    const english = await get("/en/villages/no-such-village");
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('lang="en"');
  });
});
