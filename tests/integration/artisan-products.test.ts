import { beforeAll, describe, expect, inject, it } from "vitest";
import type {
  ArtisanProduct,
  ModerationProductsResponse,
} from "../../commerce/src/lib/artisan-products/types.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import {
  createArtisanProduct,
  listArtisanProducts,
  moderate,
  productBody,
  updateArtisanProduct,
} from "../harness/artisan-products.ts";
import { listCatalog } from "../harness/catalog.ts";
import { adminClient, regionOf, storeClient } from "../harness/medusa-clients.ts";
import { adminToken } from "../harness/photo-uploads.ts";
import { storeSearch, within } from "../harness/search.ts";

// An artisan lists a product; it waits as `proposed` until a curator publishes it; then buyers find it.
const stack = inject("stack");
const store = storeClient(stack);
const DEADLINE_MS = 5_000;
let artisan: ArtisanAccount;
let vnd: string;

const onStorefront = async (handle: string) =>
  (await store.store.product.list({ handle })).products.length > 0;
const inCatalogue = async (handle: string) =>
  (await listCatalog(store, { region_id: vnd, handle })).products.length > 0;
const searchHit = async (word: string, id: string) =>
  (await storeSearch<{ id: string }>(store, "products", word)).hits.some((hit) => hit.id === id);
const wordOf = (product: ArtisanProduct) => product.title.vi.split(" ").at(-1) ?? "";

async function reread(id: string): Promise<ArtisanProduct> {
  const response = await artisanFetch(stack, artisan.token, `/artisan/products/${id}`);
  return (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
}

beforeAll(async () => {
  artisan = await createArtisanAccount(stack);
  vnd = (await regionOf(store, "vnd")).id;
});

describe("an artisan lists a product", () => {
  it("is created proposed, with everything the artisan entered, and stays off the storefront and search", async () => {
    const body = productBody();
    const product = await createArtisanProduct(stack, artisan, body);
    expect(product).toMatchObject({
      status: "proposed",
      rejection_reason: null,
      title: body.title,
      description: body.description,
      craft: "basketry",
      materials: body.materials,
      price_vnd: 350_000,
      stock: 4,
      dimensions: { length_cm: 30, width_cm: 30, height_cm: 45, weight_g: 800 },
      photos: [],
    });
    expect(product.handle).toMatch(/^gui-dan-thu[0-9a-f]{8}$/);
    expect((await listArtisanProducts(stack, artisan)).products.map((row) => row.id)).toContain(product.id);

    expect(await onStorefront(product.handle)).toBe(false);
    expect(await inCatalogue(product.handle)).toBe(false);
    expect(await searchHit(wordOf(product), product.id)).toBe(false);
  });

  it("gets a unique, accent-free handle when another product has the same title", async () => {
    const title = { vi: `Đàn Tơ-rưng “Đắk” ${Date.now()}` };
    const first = await createArtisanProduct(stack, artisan, productBody({ title }));
    const second = await createArtisanProduct(stack, artisan, productBody({ title }));
    expect(first.handle).toMatch(/^dan-to-rung-dak-\d+$/);
    expect(second.handle).toBe(`${first.handle}-2`);
  });

  it("is in the curators' queue with its artisan", async () => {
    const product = await createArtisanProduct(stack, artisan);
    const admin = await adminClient(stack);
    const queue = await admin.client.fetch<ModerationProductsResponse>("/admin/moderation/products", {
      query: { status: "proposed", limit: 100 },
    });
    const entry = queue.products.find((row) => row.id === product.id);
    expect(entry?.artisan).toEqual({
      id: artisan.artisanId,
      display_name: expect.stringContaining("Nghệ nhân"),
    });
    expect(entry?.moderation).toMatchObject({ decision: "proposed", by: artisan.artisanId });
  });
});

describe("moderation", () => {
  it("approved: published, then on the storefront, in the catalogue and in search within 5 s", async () => {
    const product = await createArtisanProduct(stack, artisan);
    const approved = await moderate(stack, product.id, "approve");
    expect(approved.status).toBe("published");
    expect((await reread(product.id)).status).toBe("published");

    expect(await onStorefront(product.handle)).toBe(true);
    const { products } = await listCatalog(store, { region_id: vnd, handle: product.handle });
    expect(products[0]?.variants[0]?.calculated_price?.calculated_amount).toBe(350_000);
    expect(products[0]?.variants[0]?.inventory_quantity).toBe(4);
    const english = await listCatalog(store, { region_id: vnd, handle: product.handle }, "en-US");
    expect(english.products[0]?.title).toBe(product.title.en);
    await within(DEADLINE_MS, async () => expect(await searchHit(wordOf(product), product.id)).toBe(true));
  });

  it("a new price sends it back to review: off the storefront and search until approved again", async () => {
    const product = await createArtisanProduct(stack, artisan);
    await moderate(stack, product.id, "approve");
    await within(DEADLINE_MS, async () => expect(await searchHit(wordOf(product), product.id)).toBe(true));

    const changed = await updateArtisanProduct(stack, artisan, product.id, { price_vnd: 420_000 });
    expect(changed).toMatchObject({ status: "proposed", price_vnd: 420_000 });
    expect(await onStorefront(product.handle)).toBe(false);
    await within(DEADLINE_MS, async () => expect(await searchHit(wordOf(product), product.id)).toBe(false));

    await moderate(stack, product.id, "approve");
    const { products } = await listCatalog(store, { region_id: vnd, handle: product.handle });
    expect(products[0]?.variants[0]?.calculated_price?.calculated_amount).toBe(420_000);
  });

  it("a new title or description needs review too; stock and dimensions do not", async () => {
    const product = await createArtisanProduct(stack, artisan);
    await moderate(stack, product.id, "approve");
    const restocked = await updateArtisanProduct(stack, artisan, product.id, {
      stock: 9,
      dimensions: { length_cm: 31, width_cm: 29, height_cm: 44, weight_g: 750 },
    });
    expect(restocked).toMatchObject({
      status: "published",
      stock: 9,
      dimensions: { length_cm: 31, weight_g: 750 },
    });

    const retitled = await updateArtisanProduct(stack, artisan, product.id, {
      title: { vi: `${product.title.vi} mới` },
    });
    expect(retitled.status).toBe("proposed");
    expect(retitled.title).toEqual({ vi: `${product.title.vi} mới`, en: product.title.en });
  });

  it("rejected with a reason: the artisan reads it; a later approval clears it; every decision is kept", async () => {
    const product = await createArtisanProduct(stack, artisan);
    const reason = "Ảnh chưa rõ, xin chụp lại sản phẩm dưới ánh sáng tự nhiên.";
    await moderate(stack, product.id, "reject", reason);
    expect(await reread(product.id)).toMatchObject({ status: "rejected", rejection_reason: reason });
    expect(await onStorefront(product.handle)).toBe(false);

    await moderate(stack, product.id, "approve");
    expect(await reread(product.id)).toMatchObject({ status: "published", rejection_reason: null });

    const admin = await adminClient(stack);
    const { product: stored } = await admin.admin.product.retrieve(product.id, { fields: "metadata" });
    const log = (stored.metadata?.moderation_log ?? []) as {
      decision: string;
      by: string;
      reason: string | null;
    }[];
    expect(log.map((entry) => entry.decision)).toEqual(["proposed", "rejected", "published"]);
    expect(log[1]).toMatchObject({ reason, by: expect.stringMatching(/^user_/) });
  });

  it("a rejection needs a reason of 5 to 500 characters", async () => {
    const product = await createArtisanProduct(stack, artisan);
    const token = await adminToken(stack);
    for (const body of [{}, { reason: "xấu" }, { reason: "x".repeat(501) }]) {
      const response = await artisanFetch(stack, token, `/admin/moderation/products/${product.id}/reject`, {
        method: "POST",
        body,
      });
      const error = await expectJson<{ code?: string }>(response, 400);
      expect(error.code).toBe("invalid_reason");
    }
    expect((await reread(product.id)).status).toBe("proposed");
  });
});
