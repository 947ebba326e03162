import { describe, expect, inject, it } from "vitest";

// The pieces talk: the storefront's home page shows products read from Medusa, priced in VND.
const stack = inject("stack");
const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

describe("storefront home page", () => {
  it("shows products from Medusa with prices in whole đồng (e.g. 450.000 ₫)", async () => {
    const response = await fetch(`${stack.storefront}/`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    const html = nbsp(await response.text());
    expect(html).toContain('lang="vi"');
    expect(html.match(/data-testid="product-card"/g)?.length ?? 0).toBeGreaterThan(0);
    // The home page shows the newest products; every price is whole đồng with dot-grouped thousands.
    const prices = [...html.matchAll(/data-testid="product-price">([^<]*)</g)].map((match) => match[1]);
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(price).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/);
    expect(html).not.toMatch(/\d,\d{2} ₫/);
  });

  it("is in English under /en/", async () => {
    const response = await fetch(`${stack.storefront}/en/`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('lang="en"');
    expect(html.match(/data-testid="product-card"/g)?.length ?? 0).toBeGreaterThan(0);
    // Product titles come in English from Medusa's translations, not in Vietnamese.
    const headers = { "x-publishable-api-key": stack.publishableKey };
    const { regions } = await fetch(`${stack.medusa}/store/regions`, { headers }).then((r) => r.json());
    const vnd = regions.find((r: { currency_code: string }) => r.currency_code === "vnd").id;
    const list = (locale: string) =>
      fetch(`${stack.medusa}/store/catalog/products?region_id=${vnd}&limit=12${locale}`, { headers })
        .then((r) => r.json())
        .then((body: { products: { id: string; title: string }[] }) => body.products);
    const [english, vietnamese] = await Promise.all([list("&locale=en-US"), list("")]);
    const translated = english.find((product, i) => product.title !== vietnamese[i]?.title);
    expect(translated).toBeDefined();
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#39;");
    expect(html).toContain(escape(translated!.title));
    expect(html).not.toContain(escape(vietnamese.find((p) => p.id === translated!.id)!.title));
  });

  it("reads the same amount that Medusa stores: VND has no minor unit", async () => {
    const headers = { "x-publishable-api-key": stack.publishableKey, "accept-encoding": "identity" };
    const regions = await fetch(`${stack.medusa}/store/regions`, { headers }).then((r) => r.json());
    const vietnam = regions.regions.find((r: { currency_code: string }) => r.currency_code === "vnd");
    expect(vietnam).toBeDefined();
    const url = `${stack.medusa}/store/products?region_id=${vietnam.id}&fields=*variants.calculated_price&limit=100`;
    const { products } = await fetch(url, { headers }).then((r) => r.json());
    const amounts = products.flatMap(
      (p: { variants: Array<{ calculated_price?: { calculated_amount: number } }> }) =>
        p.variants.map((v) => v.calculated_price?.calculated_amount),
    );
    expect(amounts).toContain(450000);
  });
});
