import { beforeAll, describe, expect, inject, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { listCatalog } from "../harness/catalog.ts";
import { adminClient, regionOf, storeClient } from "../harness/medusa-clients.ts";
import { storefrontGet, storefrontPage } from "../harness/storefront-pages.ts";

// The catalogue, product, artisan and village pages as a buyer gets them: data read live from Medusa.
const stack = inject("stack");
const sdk = storeClient(stack);
let vnd: string;

const get = (path: string, cookie?: string) =>
  storefrontGet(stack.storefront, path, cookie ? { cookie } : {});
const page = (path: string, cookie?: string) =>
  storefrontPage(stack.storefront, path, cookie ? { cookie } : {});
/** Handles of the products whose cards the page shows, in order. */
const cardHandles = (html: string) =>
  [...html.matchAll(/data-testid="product-card"[\s\S]*?href="\/(?:en\/)?products\/([a-z0-9-]+)\/?"/g)].map(
    (match) => match[1],
  );
/** The card prices in đồng ("450.000 ₫" is 450000). */
const cardPrices = (html: string) =>
  [...html.matchAll(/data-testid="product-price">([^<]*)</g)].map((match) =>
    Number(match[1].replace(/[^\d]/g, "")),
  );
const countText = (html: string) => html.match(/data-testid="catalog-count"[^>]*>([^<]*)</)?.[1] ?? "";
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const data = JSON.parse(match[1]) as unknown;
    return Array.isArray(data) ? data : [data];
  }) as Record<string, unknown>[];

beforeAll(async () => {
  vnd = (await regionOf(sdk, "vnd")).id;
});

describe("catalogue page", () => {
  it("shows the first 12 products, the count and links to the next page, priced per cookie", async () => {
    const { count } = await listCatalog(sdk, { region_id: vnd, limit: 1 });
    const { response, html } = await page("/products");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
    expect(response.headers.get("vary")).toMatch(/cookie/i);
    expect(cardHandles(html)).toHaveLength(12);
    expect(countText(html)).toBe(`Đang xem 1–12 trong ${count} sản phẩm`);
    expect(html).toMatch(/<link rel="next" href="\/products\/page\/2\/?"/);
    expect(html).toMatch(/<a href="\/products\/page\/2\/?" rel="next">Trang sau<\/a>/);
  });

  it("has its own canonical URL and prev/next links on page 2, and no repeated product", async () => {
    const first = await page("/products");
    const second = await page("/products/page/2");
    expect(second.response.status).toBe(200);
    expect(second.html).toMatch(/<link rel="canonical" href="[^"]*\/products\/page\/2\/?"/);
    expect(second.html).toMatch(/<link rel="prev" href="\/products\/?"/);
    expect(second.html).toContain('aria-current="page"');
    const repeated = cardHandles(second.html).filter((handle) => cardHandles(first.html).includes(handle));
    expect(repeated).toEqual([]);
    const redirect = await get("/products/page/1?sort=name");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toMatch(/\/products\/?\?sort=name$/);
  });

  it("filters by craft and village with a plain GET form, as Medusa's catalogue does", async () => {
    const query = { region_id: vnd, craft: "basketry", village: "kon-k-tu", order: "title", limit: 100 };
    const { products } = await listCatalog(sdk, query);
    expect(products.length).toBeGreaterThan(0);
    const { html } = await page("/products?craft=basketry&village=kon-k-tu&sort=name");
    expect(cardHandles(html)).toEqual(products.slice(0, 12).map((product) => product.handle));
    expect(html).toMatch(/<option value="basketry" selected/);
    expect(html).toMatch(/<option value="kon-k-tu" selected>Làng Kon K'Tu<\/option>/);
    expect(html).toContain(">Xóa bộ lọc</a>");
  });

  it("filters by price range and sorts by price, both ways", async () => {
    const ascending = await page("/products?price_min=200000&price_max=450000&sort=price-asc");
    const prices = cardPrices(ascending.html);
    expect(prices.length).toBeGreaterThan(0);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const price of prices) expect(price).toBeGreaterThanOrEqual(200000);
    for (const price of prices) expect(price).toBeLessThanOrEqual(450000);
    const descending = cardPrices((await page("/products?sort=price-desc")).html);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    const { products } = await listCatalog(sdk, { region_id: vnd, order: "-price", limit: 1 });
    expect(descending[0]).toBe(
      Math.min(...products[0].variants.map((v) => v.calculated_price!.calculated_amount)),
    );
  });

  it("says which values it did not understand instead of failing, and offers to clear an empty result", async () => {
    const odd = await page("/products?craft=juggling&price_min=abc&sort=cheapest&village=atlantis");
    expect(odd.response.status).toBe(200);
    expect(odd.html).toContain('data-testid="catalog-problems"');
    expect(odd.html).toContain("nghề này không có trong danh sách");
    expect(odd.html).toContain("“Giá từ” phải là một số từ 0 trở lên");
    expect(cardHandles(odd.html)).toHaveLength(12);
    const swapped = await page("/products?price_min=900000&price_max=100000");
    expect(swapped.html).toContain("“Giá từ” lớn hơn “Giá đến”");
    const empty = await page("/products?price_min=999999999");
    expect(empty.response.status).toBe(200);
    expect(countText(empty.html)).toBe("0 sản phẩm");
    expect(empty.html).toContain("Không có sản phẩm nào khớp với bộ lọc này.");
    expect(empty.html).toMatch(/<a href="\/products\/?">Xóa bộ lọc để xem tất cả sản phẩm<\/a>/);
  });

  it("answers 404 past the last page and for a page that is not a number", async () => {
    const past = await page("/products/page/99");
    expect(past.response.status).toBe(404);
    expect(past.html).toContain("Về trang đầu của danh sách");
    expect((await get("/products/page/abc")).status).toBe(404);
  });

  it("is in English under /en/, priced in dollars, and in đồng when the buyer chooses VND", async () => {
    const english = await page("/en/products?craft=brocade-weaving&sort=name");
    expect(english.html).toContain('lang="en"');
    expect(english.html).toContain("Hand-woven brocade scarf");
    expect(english.html).toMatch(/data-testid="product-price">\$\d+\.\d{2}</);
    const inDong = await page("/en/products", "ktc_currency=vnd");
    expect(inDong.html).toMatch(/data-testid="product-price">₫[\d,]+</);
  });
});

describe("product page", () => {
  const scarf = productFixtures.find((product) => product.handle === "khan-choang-tho-cam")!;
  const maker = artisanFixtures.find((artisan) => artisan.handle === scarf.artisanHandle)!;

  it("shows the gallery, variants with price and stock, the maker, village and craft facts", async () => {
    const { response, html } = await page(`/products/${scarf.handle}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toMatch(/cookie/i);
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
    expect(html).toContain(`<h1>${scarf.title.vi}</h1>`);
    expect(html).toMatch(/<img src="[^"]+\.webp"[^>]*loading="eager"[^>]*fetchpriority="high"/);
    expect(html).toContain('<form method="post" action="/api/cart/line-items"');
    expect(html).toContain('<input type="hidden" name="locale" value="vi">');
    expect(html.match(/name="variant_id"/g)).toHaveLength(scarf.variants.length);
    expect(html).toMatch(/name="quantity" type="number"[^>]*min="1" max="\d+"/);
    expect(html).toContain('data-testid="variant-price">450.000 ₫<');
    expect(html).toMatch(/data-testid="variant-stock">còn \d+ sản phẩm</);
    expect(html).toMatch(new RegExp(`href="/artisans/${maker.handle}/?">${maker.displayName}</a>`));
    expect(html).toContain("Nghệ nhân Ưu tú");
    expect(html).toMatch(/href="\/villages\/kon-k-tu\/?">Làng Kon K'Tu<\/a>/);
    expect(html).toContain("Dệt thổ cẩm");
    expect(html).toContain(scarf.materials[0].name.vi);
    expect(html).toContain(scarf.materials[0].origin.vi);
    expect(html).toContain(`${scarf.daysToMake} ngày`);
    expect(html).toContain(scarf.care.vi);
    expect(html).toContain("3 sao");
    expect(html).toContain("180 × 40 × 1 cm");
    expect(html).toContain('data-testid="sample-notice"');
    expect(html).toContain('<meta property="og:type" content="product">');
    expect(html).toMatch(/<meta property="og:image" content="[^"]+\.webp">/);
  });

  it("describes the product for search engines: Product with Offers, the maker and the breadcrumb", async () => {
    const { html } = await page(`/products/${scarf.handle}`);
    const nodes = jsonLd(html);
    const product = nodes.find((node) => node["@type"] === "Product") as {
      name: string;
      offers: { price: number; priceCurrency: string; availability: string; url: string }[];
      manufacturer: { "@id": string };
    };
    expect(product.name).toBe(scarf.title.vi);
    expect(product.offers).toHaveLength(scarf.variants.length);
    expect(product.offers[0]).toMatchObject({
      price: 450000,
      priceCurrency: "VND",
      availability: "https://schema.org/InStock",
    });
    const person = nodes.find((node) => node["@type"] === "Person");
    expect(person).toMatchObject({ name: maker.displayName, "@id": product.manufacturer["@id"] });
    expect(nodes.some((node) => node["@type"] === "BreadcrumbList")).toBe(true);
  });

  it("disables a sold-out variant", async () => {
    const soldOut = productFixtures.find((product) =>
      product.variants.some((variant) => variant.stock === 0),
    )!;
    const { html } = await page(`/products/${soldOut.handle}`);
    expect(html).toMatch(/type="radio" name="variant_id"[^>]*disabled/);
    expect(html).toContain("hết hàng");
  });

  it("is in English under /en/ with prices in dollars", async () => {
    const { html } = await page(`/en/products/${scarf.handle}`);
    expect(html).toContain('lang="en"');
    expect(html).toContain(`<h1>${scarf.title.en}</h1>`);
    expect(html).toContain("Red and black");
    expect(html).toContain('data-testid="variant-price">$18.00<');
    expect(html).toContain("Meritorious Artisan");
    expect(html).toContain('<input type="hidden" name="locale" value="en">');
  });

  it("answers 404 for a product that does not exist, in both languages", async () => {
    expect((await get("/products/khong-co-san-pham-nay")).status).toBe(404);
    const english = await page("/en/products/No_Such_Product");
    expect(english.response.status).toBe(404);
    expect(english.html).toContain('lang="en"');
  });
});

describe("artisan pages", () => {
  const artisan = artisanFixtures.find((candidate) => candidate.handle === "y-bloi")!;

  it("shows the artisan with title, village, crafts, bio, products and a Person", async () => {
    const { products } = await listCatalog(sdk, { region_id: vnd, artisan: artisan.handle, limit: 100 });
    const { response, html } = await page(`/artisans/${artisan.handle}`);
    expect(response.status).toBe(200);
    expect(html).toContain(`<h1>${artisan.displayName}</h1>`);
    expect(html).toContain("Nghệ nhân Ưu tú");
    expect(html).toMatch(/href="\/villages\/kon-k-tu\/?">Làng Kon K'Tu<\/a>/);
    expect(html).toContain(artisan.bio.vi);
    expect(html).toContain('data-testid="sample-notice"');
    expect(cardHandles(html).sort()).toEqual(products.map((product) => product.handle).sort());
    expect(jsonLd(html).find((node) => node["@type"] === "Person")).toMatchObject({
      name: artisan.displayName,
      jobTitle: "Nghệ nhân Ưu tú",
    });
  });

  it("is in English under /en/, lists every artisan, and answers 404 for an unknown one", async () => {
    const english = await page(`/en/artisans/${artisan.handle}`);
    expect(english.html).toContain(artisan.bio.en);
    const list = await page("/artisans");
    expect(list.response.status).toBe(200);
    expect(list.html.match(/data-testid="artisan-card"/g)?.length).toBeGreaterThanOrEqual(
      artisanFixtures.length,
    );
    expect((await get("/artisans/khong-co-nghe-nhan-nay")).status).toBe(404);
  });
});

describe("village page", () => {
  it("links the village's artisans and prices its products in the buyer's currency", async () => {
    const makers = artisanFixtures.filter((candidate) => candidate.villageHandle === "kon-k-tu");
    const { response, html } = await page("/villages/kon-k-tu", "ktc_currency=usd");
    expect(response.headers.get("vary")).toMatch(/cookie/i);
    for (const maker of makers) {
      expect(html).toMatch(new RegExp(`href="/artisans/${maker.handle}/?">${maker.displayName}</a>`));
    }
    expect(html).toMatch(/data-testid="product-price">[\d.,]+ US\$</);
    expect(html).toMatch(/<picture><source srcset="[^"]*f=avif/);
  });
});

describe("freshness", () => {
  it("shows a title and price changed in Medusa's admin on the next request, without a rebuild", async () => {
    const admin = await adminClient(stack);
    const fixture = productFixtures.find(
      (product) => product.variants.length === 1 && product.variants[0].stock > 0,
    )!;
    const { products } = await admin.admin.product.list({
      handle: fixture.handle,
      fields: "id,title,variants.id,variants.prices.*",
    });
    const product = products[0];
    const variant = product.variants![0];
    const prices = variant.prices!.map(({ id, amount, currency_code }) => ({ id, amount, currency_code }));
    const newPrice = 123000;
    const newTitle = `${product.title} (mới cập nhật)`;
    const priceOf = (amount: number) =>
      prices.map((price) => (price.currency_code === "vnd" ? { ...price, amount } : price));
    try {
      await admin.admin.product.update(product.id, { title: newTitle });
      await admin.admin.product.updateVariant(product.id, variant.id, { prices: priceOf(newPrice) });
      const productPage = await page(`/products/${fixture.handle}`);
      expect(productPage.html).toContain(`<h1>${newTitle}</h1>`);
      expect(productPage.html).toContain('data-testid="variant-price">123.000 ₫<');
      const catalogue = await page(`/products?price_min=${newPrice}&price_max=${newPrice}`);
      expect(catalogue.html).toContain(newTitle);
      expect(cardHandles(catalogue.html)).toContain(fixture.handle);
    } finally {
      await admin.admin.product.update(product.id, { title: product.title });
      await admin.admin.product.updateVariant(product.id, variant.id, {
        prices: priceOf(prices.find((price) => price.currency_code === "vnd")!.amount),
      });
    }
    const restored = await page(`/products/${fixture.handle}`);
    expect(restored.html).toContain(`<h1>${product.title}</h1>`);
  });
});
