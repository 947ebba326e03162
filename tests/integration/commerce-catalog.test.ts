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

describe("artisans", () => {
  it("retrieves an artisan with their products, bio in English on request", async () => {
    const artisan = artisanFixtures[0];
    const vi = await retrieveArtisan(sdk, artisan.handle, { region_id: vnd });
    expect(vi.artisan.display_name).toBe(artisan.displayName);
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
