import { beforeAll, describe, expect, inject, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { villageFixtures } from "../../commerce/src/scripts/seed/fixtures/villages.ts";
import { listCatalog, retrieveArtisan } from "../harness/catalog.ts";
import { regionOf, rejection, storeClient } from "../harness/medusa-clients.ts";

// The store API the storefront reads: the seeded catalogue, filtered and priced per region.
const stack = inject("stack");
const sdk = storeClient(stack);
let vnd: string;
let usd: string;

const villageOfArtisan = new Map(artisanFixtures.map((artisan) => [artisan.handle, artisan.villageHandle]));
const ethnicOfArtisan = new Map(artisanFixtures.map((artisan) => [artisan.handle, artisan.ethnicGroup]));
const handles = (products: { handle: string }[]) => products.map((product) => product.handle).sort();
const expected = (keep: (product: (typeof productFixtures)[number]) => boolean) =>
  productFixtures
    .filter(keep)
    .map((product) => product.handle)
    .sort();

beforeAll(async () => {
  vnd = (await regionOf(sdk, "vnd")).id;
  usd = (await regionOf(sdk, "usd")).id;
});

describe("catalogue", () => {
  it("lists every sample product, priced in đồng for Vietnam: 450000 stays 450000", async () => {
    const { products, count } = await listCatalog(sdk, { region_id: vnd, limit: 100 });
    expect(count).toBe(productFixtures.length);
    const scarf = products.find((product) => product.handle === "khan-choang-tho-cam");
    expect(scarf?.variants[0].calculated_price).toMatchObject({
      calculated_amount: 450000,
      currency_code: "vnd",
    });
    expect(scarf?.craft?.craft).toBe("brocade-weaving");
    expect(scarf?.artisan?.handle).toBeTruthy();
    expect(scarf?.sample).toBe(true);
  });

  it("prices the same products in dollars for international buyers", async () => {
    const { products } = await listCatalog(sdk, { region_id: usd, handle: "khan-choang-tho-cam" });
    expect(products[0].variants[0].calculated_price).toMatchObject({
      calculated_amount: 18,
      currency_code: "usd",
    });
  });

  it("filters by craft", async () => {
    const { products, count } = await listCatalog(sdk, { region_id: vnd, craft: "basketry", limit: 100 });
    expect(handles(products)).toEqual(expected((product) => product.craft === "basketry"));
    expect(count).toBe(products.length);
  });

  it("filters by ethnic group", async () => {
    const group = artisanFixtures[0].ethnicGroup;
    const { products } = await listCatalog(sdk, { region_id: vnd, ethnic_group: group, limit: 100 });
    expect(products.length).toBeGreaterThan(0);
    expect(handles(products)).toEqual(
      expected((product) => ethnicOfArtisan.get(product.artisanHandle) === group),
    );
  });

  it("filters by village", async () => {
    const village = villageFixtures[1].handle;
    const { products } = await listCatalog(sdk, { region_id: vnd, village, limit: 100 });
    expect(products.length).toBeGreaterThan(0);
    expect(handles(products)).toEqual(
      expected((product) => villageOfArtisan.get(product.artisanHandle) === village),
    );
  });

  it("filters by artisan, and combines filters", async () => {
    const artisan = productFixtures[0].artisanHandle;
    const { products } = await listCatalog(sdk, { region_id: vnd, artisan, limit: 100 });
    expect(handles(products)).toEqual(expected((product) => product.artisanHandle === artisan));
    const none = await listCatalog(sdk, { region_id: vnd, artisan, craft: "blacksmithing" });
    expect(none.products.filter((product) => product.craft?.craft !== "blacksmithing")).toEqual([]);
  });

  it("pages through the catalogue without repeating a product", async () => {
    const first = await listCatalog(sdk, { region_id: vnd, limit: 10, offset: 0, order: "title" });
    const second = await listCatalog(sdk, { region_id: vnd, limit: 10, offset: 10, order: "title" });
    expect(first.products).toHaveLength(10);
    expect(second.products).toHaveLength(10);
    expect(handles(first.products).filter((handle) => handles(second.products).includes(handle))).toEqual([]);
  });

  it("gives the English text with locale en-US, the Vietnamese by default", async () => {
    const fixture = productFixtures.find((product) => product.handle === "khan-choang-tho-cam");
    const vi = await listCatalog(sdk, { region_id: vnd, handle: "khan-choang-tho-cam" });
    const en = await listCatalog(sdk, { region_id: vnd, handle: "khan-choang-tho-cam" }, "en-US");
    expect(vi.products[0].title).toBe(fixture?.title.vi);
    expect(en.products[0].title).toBe(fixture?.title.en);
    expect(en.products[0].description).toContain("Sample product");
    const variant = (product: (typeof en.products)[number]) =>
      product.variants.find((candidate) => candidate.sku === fixture?.variants[0].sku);
    expect(variant(vi.products[0])?.options[0]).toMatchObject({
      option_title: fixture?.option.title.vi,
      value: fixture?.option.values[0].vi,
    });
    expect(variant(en.products[0])?.options[0]).toMatchObject({
      option_title: fixture?.option.title.en,
      value: fixture?.option.values[0].en,
    });
  });

  it("shows stock, and sold-out variants as out of stock", async () => {
    const soldOut = productFixtures.flatMap((product) =>
      product.variants.filter((variant) => variant.stock === 0).map((variant) => ({ product, variant })),
    )[0];
    const { products } = await listCatalog(sdk, { region_id: vnd, handle: soldOut.product.handle });
    const variant = products[0].variants.find((candidate) => candidate.sku === soldOut.variant.sku);
    expect(variant).toMatchObject({ inventory_quantity: 0, in_stock: false });
  });

  it("rejects an unknown craft and a missing region with a 400 that says why", async () => {
    const badCraft = await rejection(listCatalog(sdk, { region_id: vnd, craft: "juggling" }));
    expect(badCraft.status).toBe(400);
    const noRegion = await rejection(listCatalog(sdk, {}));
    expect(noRegion.status).toBe(400);
    expect(noRegion.message).toMatch(/region_id/);
  });
});

describe("catalogue by price", () => {
  /** The lowest variant price of each sample product, in đồng: what the price filter compares. */
  const lowestVnd = new Map(
    productFixtures.map((product) => [product.handle, Math.min(...product.variants.map((v) => v.vnd))]),
  );
  const lowest = (product: { variants: { calculated_price: { calculated_amount: number } | null }[] }) =>
    Math.min(...product.variants.map((variant) => variant.calculated_price?.calculated_amount ?? Infinity));

  it("keeps the products whose lowest price lies in the range, bounds included", async () => {
    const { products, count } = await listCatalog(sdk, {
      region_id: vnd,
      price_min: 200000,
      price_max: 450000,
      limit: 100,
    });
    expect(handles(products)).toEqual(
      expected((product) => {
        const price = lowestVnd.get(product.handle) ?? -1;
        return price >= 200000 && price <= 450000;
      }),
    );
    expect(handles(products)).toContain("khan-choang-tho-cam");
    expect(count).toBe(products.length);
  });

  it("reads the bounds in the region's currency: dollars for international buyers", async () => {
    const { products } = await listCatalog(sdk, { region_id: usd, price_min: 18, price_max: 18, limit: 100 });
    expect(handles(products)).toContain("khan-choang-tho-cam");
    for (const product of products) expect(lowest(product)).toBe(18);
  });

  it("sorts by lowest price, cheapest first, across pages without repeating a product", async () => {
    const first = await listCatalog(sdk, { region_id: vnd, order: "price", limit: 20, offset: 0 });
    const second = await listCatalog(sdk, { region_id: vnd, order: "price", limit: 20, offset: 20 });
    const prices = [...first.products, ...second.products].map(lowest);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(prices[0]).toBe(Math.min(...lowestVnd.values()));
    expect(first.count).toBe(productFixtures.length);
    expect(handles(first.products).filter((handle) => handles(second.products).includes(handle))).toEqual([]);
  });

  it("sorts dearest first with -price, combined with a craft filter and a bound", async () => {
    const { products, count } = await listCatalog(sdk, {
      region_id: vnd,
      craft: "basketry",
      price_max: 1000000,
      order: "-price",
      limit: 100,
    });
    const prices = products.map(lowest);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(handles(products)).toEqual(
      expected((product) => product.craft === "basketry" && (lowestVnd.get(product.handle) ?? 0) <= 1000000),
    );
    expect(count).toBe(products.length);
  });

  it("finds nothing, with a count of 0, when no product costs that much", async () => {
    const { products, count } = await listCatalog(sdk, { region_id: vnd, price_min: 1_000_000_000 });
    expect(products).toEqual([]);
    expect(count).toBe(0);
  });

  it("rejects a price that is not a number, a minimum above the maximum and an unknown order", async () => {
    const word = await rejection(listCatalog(sdk, { region_id: vnd, price_min: "cheap" }));
    expect(word.status).toBe(400);
    expect(word.message).toMatch(/price_min must be a price of 0 or more.*'cheap'/);
    const negative = await rejection(listCatalog(sdk, { region_id: vnd, price_max: -5 }));
    expect(negative.status).toBe(400);
    expect(negative.message).toMatch(/price_max/);
    const swapped = await rejection(listCatalog(sdk, { region_id: vnd, price_min: 500, price_max: 100 }));
    expect(swapped.status).toBe(400);
    expect(swapped.message).toMatch(/price_min must not be greater than price_max/);
    const order = await rejection(listCatalog(sdk, { region_id: vnd, order: "cheapest" }));
    expect(order.status).toBe(400);
    expect(order.message).toMatch(/order/);
  });
});

describe("artisans", () => {
  it("retrieves an artisan with their products, bio in English on request", async () => {
    const artisan = artisanFixtures[0];
    const vi = await retrieveArtisan(sdk, artisan.handle, { region_id: vnd });
    expect(vi.artisan.display_name).toBe(artisan.displayName);
    expect(vi.artisan.sample).toBe(true);
    expect(vi.artisan.bio).toContain(artisan.bio.vi);
    expect(handles(vi.products)).toEqual(expected((product) => product.artisanHandle === artisan.handle));
    const en = await retrieveArtisan(sdk, artisan.handle, { region_id: vnd }, "en-US");
    expect(en.artisan.bio).toContain(artisan.bio.en);
  });

  it("answers 404 for an unknown artisan", async () => {
    const { status } = await rejection(retrieveArtisan(sdk, "no-such-artisan", { region_id: vnd }));
    expect(status).toBe(404);
  });
});
