import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import {
  createArtisanProduct,
  listArtisanProducts,
  moderate,
  productBody,
} from "../harness/artisan-products.ts";

// Bad input from the portal (or anyone with a token) gets a clear 4xx with a code, and nothing is stored.
const stack = inject("stack");
let artisan: ArtisanAccount;
let existing: ArtisanProduct;

type ErrorBody = { type: string; message: string; code?: string };

const create = (body: unknown, headers: Record<string, string> = {}) =>
  artisanFetch(stack, artisan.token, "/artisan/products", { method: "POST", body, headers });
const update = (body: unknown) =>
  artisanFetch(stack, artisan.token, `/artisan/products/${existing.id}`, { method: "POST", body });
const count = async () => (await listArtisanProducts(stack, artisan)).count;

beforeAll(async () => {
  artisan = await createArtisanAccount(stack);
  existing = await createArtisanProduct(stack, artisan);
});

const cases: [string, Record<string, unknown>, number, string][] = [
  ["a price of -1", productBody({ price_vnd: -1 }), 400, "invalid_price_vnd"],
  ["a price in fractions of a đồng", productBody({ price_vnd: 1500.5 }), 400, "invalid_price_vnd"],
  ["a price as text", productBody({ price_vnd: "350000" }), 400, "invalid_price_vnd"],
  ["a stock of -3", productBody({ stock: -3 }), 400, "invalid_stock"],
  ["a title of 2 characters", productBody({ title: { vi: "Gù" } }), 400, "invalid_title"],
  ["a title of 121 characters", productBody({ title: { vi: "G".repeat(121) } }), 400, "invalid_title"],
  ["no Vietnamese title", productBody({ title: { en: "Basket" } }), 400, "invalid_title"],
  [
    "a <script> in the description",
    productBody({ description: { vi: 'Đẹp <script>alert("x")</script>' } }),
    400,
    "markup_not_allowed",
  ],
  [
    "a tag in the English title",
    productBody({ title: { vi: "Gùi đan", en: "Basket <b>new</b>" } }),
    400,
    "markup_not_allowed",
  ],
  [
    "an HTML comment in a material",
    productBody({ materials: [{ name: { vi: "<!-- x -->" }, origin: { vi: "Làng" } }] }),
    400,
    "markup_not_allowed",
  ],
  ["an unknown craft", productBody({ craft: "glass-blowing" }), 400, "unknown_craft"],
  ["an extra field", productBody({ sku: "HACK-1" }), 400, "unknown_field"],
  ["a status", productBody({ status: "published" }), 400, "status_not_allowed"],
  [
    "a description of 5001 characters",
    productBody({ description: { vi: "a".repeat(5001) } }),
    400,
    "invalid_description",
  ],
  ["a dimension of 0", productBody({ dimensions: { length_cm: 0 } }), 400, "invalid_dimensions"],
];

describe("creating a product with bad input", () => {
  it.each(cases)("%s: a clear 4xx with a code, and no product", async (_name, body, status, code) => {
    const before = await count();
    const error = await expectJson<ErrorBody>(await create(body), status);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(await count()).toBe(before);
  });

  it("a 10 MB title: 413 with a code, and no product", async () => {
    const before = await count();
    const error = await expectJson<ErrorBody>(
      await create(productBody({ title: { vi: "G".repeat(10 * 1024 * 1024) } })),
      413,
    );
    expect(error.code).toBe("body_too_large");
    expect(await count()).toBe(before);
  });

  it("a body that is not JSON: 400 with a code", async () => {
    const error = await expectJson<ErrorBody>(
      await create('{"title": ', { "content-type": "application/json" }),
      400,
    );
    expect(error.code).toBe("invalid_json");
  });
});

describe("changing a product with bad input", () => {
  it("each bad field is refused and the product stays exactly as it was", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ price_vnd: -1 }, "invalid_price_vnd"],
      [{ price_vnd: 2_000_000_000 }, "invalid_price_vnd"],
      [{ description: { vi: "<img src=x onerror=alert(1)>" } }, "markup_not_allowed"],
      [{ craft: "unknown" }, "unknown_craft"],
      [{ price_vnd: 400_000, handle: "another-handle" }, "unknown_field"],
      [{ stock: 100_001 }, "invalid_stock"],
    ];
    for (const [body, code] of bad) {
      expect((await expectJson<ErrorBody>(await update(body), 400)).code).toBe(code);
    }
    const response = await artisanFetch(stack, artisan.token, `/artisan/products/${existing.id}`);
    expect((await expectJson<{ product: ArtisanProduct }>(response, 200)).product).toEqual(existing);
  });
});

describe("text that only looks like markup", () => {
  it('is accepted, and the storefront shows it escaped: `Gùi "Ba Na" & hoa văn <3`', async () => {
    const title = `Gùi "Ba Na" & hoa văn <3 'mới' ${Date.now()}`;
    const product = await createArtisanProduct(stack, artisan, productBody({ title: { vi: title } }));
    expect(product.title.vi).toBe(title);
    await moderate(stack, product.id, "approve");

    const page = await fetch(`${stack.storefront}/products/${product.handle}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Gùi &quot;Ba Na&quot; &amp; hoa văn &lt;3");
    // No text node holds the raw characters (inside an attribute value `<` is harmless and stays).
    expect(html).not.toMatch(/>[^<]*hoa văn <3/);
    expect(html).not.toMatch(/>[^<]*"Ba Na" &/);
    expect(html).toContain("hoa văn \\u003c3");
  });
});
