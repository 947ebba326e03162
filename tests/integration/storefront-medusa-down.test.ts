import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";
import { listCatalog } from "../harness/catalog.ts";
import { startDownStorefront } from "../harness/down-storefront.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";

// When Medusa is down: a second storefront from the same build, whose Medusa is a closed port, serves
// the curated pages and answers commerce pages with the friendly 503 page; the buyer's cart is kept.
const stack = inject("stack");
const sdk = storeClient(stack);
const CART_COOKIE = "ktc_cart";
const dictionaries = { vi, en };
type Locale = keyof typeof dictionaries;
/** The title of content/stories/<locale>/brocade-and-indigo.mdx. */
const STORY = {
  vi: "Sợi bông và màu chàm: dệt thổ cẩm ở Kon K'Tu",
  en: "Cotton and indigo: weaving brocade in Kon K'Tu",
};
let down: ManagedChild;
let downUrl: string;
let product: { handle: string; title: string; variantId: string };

const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'");
const get = async (base: string, pathname: string, cookie?: string) => {
  const response = await fetch(`${base}${pathname}`, {
    headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
  return { response, html: decode(await response.text()) };
};

beforeAll(async () => {
  const vnd = (await regionOf(sdk, "vnd")).id;
  const { products } = await listCatalog(sdk, { region_id: vnd, limit: 50 });
  // One of the seeded sample products: other tests add products of their own (some with titles
  // full of quotes and brackets) that may come first in the catalogue.
  const inStock = products.find((p) => p.sample && (p.variants[0]?.inventory_quantity ?? 99) >= 3);
  if (!inStock?.variants[0]) throw new Error("no product in stock in the catalogue");
  product = { handle: inStock.handle, title: inStock.title, variantId: inStock.variants[0].id };

  ({ child: down, url: downUrl } = await startDownStorefront(stack, "storefront-medusa-down"));
});

afterAll(async () => {
  await down?.stop();
});

/** The friendly 503 page in `locale`: its words, no trace of the error behind it. */
function expectFriendly503(response: Response, html: string, locale: Locale): void {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(html).toContain(`lang="${locale}"`);
  expect(html).toContain(dictionaries[locale]["error.503.title"]);
  expect(html).toContain(dictionaries[locale]["error.503.body"]);
  expect(html).not.toMatch(/ECONNREFUSED|fetch failed|CommerceError|node_modules|\bat .+:\d+:\d+/);
}

describe("with Medusa down", () => {
  it.each([
    ["vi", "/villages/", vi["villages.title"]],
    ["en", "/en/villages/", en["villages.title"]],
    ["vi", "/villages/kon-k-tu/", "Làng Kon K'Tu"],
    ["en", "/en/villages/kon-k-tu/", "Kon K'Tu village"],
    ["vi", "/stories/", STORY.vi],
    ["en", "/en/stories/", STORY.en],
    ["vi", "/stories/brocade-and-indigo/", STORY.vi],
    ["en", "/en/stories/brocade-and-indigo/", STORY.en],
  ] as const)("serves the curated page (%s) %s", async (locale, pathname, text) => {
    const { response, html } = await get(downUrl, pathname);
    expect(response.status).toBe(200);
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain(text);
  });

  it("says on a village page that the shop cannot be reached, instead of its products", async () => {
    const { html } = await get(downUrl, "/en/villages/kon-k-tu/");
    expect(html).toContain(en["commerce.unavailable"]);
    expect(html).not.toContain('data-testid="product-card"');
  });

  it.each([
    ["vi", "/products/"],
    ["en", "/en/products/"],
    ["vi", "/products/{product}/"],
    ["en", "/en/products/{product}/"],
  ] as const)("answers a commerce page (%s) %s with the friendly 503 page", async (locale, pathname) => {
    const { response, html } = await get(downUrl, pathname.replace("{product}", product.handle));
    expectFriendly503(response, html, locale);
  });
});

describe("the cart when Medusa goes away and comes back", () => {
  it("answers 503 while Medusa is down, keeps the cookie, and shows the cart again afterwards", async () => {
    // Made on the real stack as a buyer does: the product page's form adds a line and sets the cookie.
    const form = new URLSearchParams({ variant_id: product.variantId, quantity: "1", locale: "vi" });
    const added = await fetch(`${stack.storefront}/api/cart/line-items`, {
      method: "POST",
      body: form,
      // As a browser sends it: Astro refuses cross-site form posts.
      headers: { origin: stack.storefront },
      redirect: "manual",
    });
    expect(added.status).toBe(303);
    const cartCookie = added.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE}=`));
    expect(cartCookie).toBeDefined();
    const cookie = cartCookie?.split(";")[0] ?? "";

    for (const [locale, pathname] of [
      ["vi", "/cart/"],
      ["en", "/en/cart/"],
    ] as const) {
      const { response, html } = await get(downUrl, pathname, cookie);
      expectFriendly503(response, html, locale);
      // The outage must not cost the buyer the cart: the cookie is neither cleared nor replaced.
      expect(response.headers.getSetCookie().filter((c) => c.startsWith(`${CART_COOKIE}=`))).toEqual([]);
    }

    const { response, html } = await get(stack.storefront, "/cart/", cookie);
    expect(response.status).toBe(200);
    expect(html).toContain(product.title);
  });
});
