import type Medusa from "@medusajs/js-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AdminMark, AdminMarkResponse } from "../../commerce/src/api/admin/marks/types.ts";
import type { ArtisanMarksResponse } from "../../commerce/src/api/artisan/marks/types.ts";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import type { MarkRefusalBody } from "../../commerce/src/modules/trace/marks/mark-refusals.ts";
import { listArtisanProducts, productBody } from "../harness/artisan-products.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import { createOneSizeProduct, listCatalog } from "../harness/catalog.ts";
import { authoriseMember, createMark, markBody, vietnamDay } from "../harness/marks.ts";
import { adminClient, regionOf, storeClient } from "../harness/medusa-clients.ts";
import { adminToken } from "../harness/photo-uploads.ts";

// A product shows a mark of the registry only while its artisan is authorised to use it. The admin and
// the artisan's portal are refused a mark with a 400 that names each mark and why, and nothing is
// saved; the storefront stops showing a badge as soon as the authorisation ends.
const stack = inject("stack");
const store = storeClient(stack);
let admin: Medusa;
let token: string;
let artisan: ArtisanAccount;
/** Marks for which `artisan` is: authorised, never authorised, expired, not yet valid. */
let current: AdminMark;
let other: AdminMark;
let expired: AdminMark;
let future: AdminMark;
let unknownHandle: string;
/** Published products this file creates, deleted at the end so that the catalogue is the sample one again. */
const published: string[] = [];

/** A published one-size product of the admin, deleted after the file's tests. */
async function publishedProduct(title: string, handle?: string) {
  const product = await createOneSizeProduct(admin, {
    title,
    ...(handle ? { handle } : {}),
    prices: [{ currency_code: "vnd", amount: 320000 }],
  });
  published.push(product.id);
  return product;
}

const adminPost = (path: string, body: unknown) => artisanFetch(stack, token, path, { method: "POST", body });

async function craftOf(productId: string) {
  const response = await artisanFetch(stack, token, `/admin/products/${productId}/craft`);
  return expectJson<{
    craft_profile: { marks: string[]; ocop_stars: number | null } | null;
    artisan: { id: string } | null;
  }>(response, 200);
}

async function storeProduct(handle: string) {
  const region = await regionOf(store, "vnd");
  const { products } = await listCatalog(store, { region_id: region.id, handle });
  return products[0];
}

beforeAll(async () => {
  admin = await adminClient(stack);
  token = await adminToken(stack);
  artisan = await createArtisanAccount(stack, { crafts: ["brocade-weaving"] });
  [current, other, expired, future] = await Promise.all([
    createMark(admin),
    createMark(admin, { kind: "certification" }),
    createMark(admin, { kind: "geographical_indication" }),
    createMark(admin),
  ]);
  unknownHandle = `khong-co-nhan-nay-${Date.now()}`;
  const someoneElse = await createArtisanAccount(stack);
  await authoriseMember(admin, current.id, artisan.artisanId, "2020-01-01", null);
  await authoriseMember(admin, other.id, someoneElse.artisanId, "2020-01-01", null);
  await authoriseMember(admin, expired.id, artisan.artisanId, "2020-01-01", "2020-12-31");
  await authoriseMember(admin, future.id, artisan.artisanId, "2099-01-01", null);
});

afterAll(async () => {
  for (const id of published) await admin?.admin.product.delete(id);
});

describe("the admin sets a product's marks", () => {
  it("refuses unknown, not-a-member, expired and not-yet-valid marks with a 400 naming each, and saves nothing", async () => {
    const product = await publishedProduct("Khăn thử nhãn hiệu", `khan-thu-nhan-hieu-${Date.now()}`);
    const base = { craft: "brocade-weaving", artisan_id: artisan.artisanId };
    await expectJson(await adminPost(`/admin/products/${product.id}/craft`, { ...base, marks: [] }), 200);

    const refused = await adminPost(`/admin/products/${product.id}/craft`, {
      ...base,
      ocop_stars: 5,
      marks: [current.handle, unknownHandle, other.handle, expired.handle, future.handle],
    });
    const body = await expectJson<MarkRefusalBody>(refused, 400);
    expect(body.code).toBe("mark_not_allowed");
    expect(body.refusals).toEqual([
      { handle: unknownHandle, reason: "unknown_mark" },
      { handle: other.handle, reason: "not_member" },
      { handle: expired.handle, reason: "expired", valid_to: "2020-12-31" },
      { handle: future.handle, reason: "not_yet_valid", valid_from: "2099-01-01" },
    ]);
    expect(body.message).toContain(other.handle);
    expect(await craftOf(product.id)).toMatchObject({
      craft_profile: { marks: [], ocop_stars: null },
      artisan: { id: artisan.artisanId },
    });
    expect((await storeProduct(product.handle))?.marks).toEqual([]);

    const saved = await adminPost(`/admin/products/${product.id}/craft`, {
      ...base,
      marks: [current.handle],
    });
    expect(
      (await expectJson<{ craft_profile: { marks: string[] } }>(saved, 200)).craft_profile.marks,
    ).toEqual([current.handle]);
    const shown = await storeProduct(product.handle);
    expect(shown?.marks).toEqual([
      { handle: current.handle, kind: "collective", name: current.name, owner: current.owner },
    ]);
    expect(shown?.craft?.marks).toEqual([current.handle]);
  });

  it("refuses a mark on a product without an artisan: nobody is authorised", async () => {
    const product = await publishedProduct("Gùi thử không nghệ nhân");
    const refused = await adminPost(`/admin/products/${product.id}/craft`, {
      craft: "basketry",
      artisan_id: null,
      village_handle: "kon-k-tu",
      marks: [current.handle],
    });
    expect((await expectJson<MarkRefusalBody>(refused, 400)).refusals).toEqual([
      { handle: current.handle, reason: "no_maker" },
    ]);
    expect((await craftOf(product.id)).craft_profile).toBeNull();
  });
});

describe("the artisan sets their product's marks in the portal", () => {
  it("lists the registry's marks with the artisan's own right to use each, and no one else's", async () => {
    const response = await artisanFetch(stack, artisan.token, "/artisan/marks");
    const { marks } = await expectJson<ArtisanMarksResponse>(response, 200);
    const use = (handle: string) => marks.find((mark) => mark.handle === handle)?.use;
    expect(use(current.handle)).toEqual({ allowed: true, valid_from: "2020-01-01", valid_to: null });
    expect(use(other.handle)).toEqual({ allowed: false, reason: "not_member" });
    expect(use(expired.handle)).toEqual({ allowed: false, reason: "expired", valid_to: "2020-12-31" });
    expect(use(future.handle)).toEqual({ allowed: false, reason: "not_yet_valid", valid_from: "2099-01-01" });
    expect(marks.find((mark) => mark.handle === other.handle)).not.toHaveProperty("authorisations");
  });

  it("refuses a new product and a change that name marks the artisan may not use; an authorised one is kept", async () => {
    const before = (await listArtisanProducts(stack, artisan)).count;
    const refused = await artisanFetch(stack, artisan.token, "/artisan/products", {
      method: "POST",
      body: productBody({ craft: "brocade-weaving", marks: [other.handle, expired.handle] }),
    });
    expect((await expectJson<MarkRefusalBody>(refused, 400)).refusals).toEqual([
      { handle: other.handle, reason: "not_member" },
      { handle: expired.handle, reason: "expired", valid_to: "2020-12-31" },
    ]);
    expect((await listArtisanProducts(stack, artisan)).count).toBe(before);

    const created = await artisanFetch(stack, artisan.token, "/artisan/products", {
      method: "POST",
      body: productBody({ craft: "brocade-weaving", marks: [current.handle] }),
    });
    const { product } = await expectJson<{ product: ArtisanProduct }>(created, 201);
    expect(product.marks).toEqual([current.handle]);

    const changed = await artisanFetch(stack, artisan.token, `/artisan/products/${product.id}`, {
      method: "POST",
      body: { stock: 9, materials: [], marks: [current.handle, future.handle] },
    });
    expect((await expectJson<MarkRefusalBody>(changed, 400)).refusals).toEqual([
      { handle: future.handle, reason: "not_yet_valid", valid_from: "2099-01-01" },
    ]);
    const reread = await artisanFetch(stack, artisan.token, `/artisan/products/${product.id}`);
    expect((await expectJson<{ product: ArtisanProduct }>(reread, 200)).product).toMatchObject({
      marks: [current.handle],
      materials: product.materials,
      stock: product.stock,
    });
  });
});

describe("ending an authorisation early", () => {
  it("keeps the period in the registry and takes the badge off the storefront at once", async () => {
    const mark = await createMark(admin, { kind: "geographical_indication" });
    const authorisation = await authoriseMember(admin, mark.id, artisan.artisanId, "2020-01-01", null);
    expect(authorisation).toMatchObject({ status: "current", artisan: { id: artisan.artisanId } });
    const product = await publishedProduct(
      "Khăn thử kết thúc quyền",
      `khan-thu-ket-thuc-quyen-${Date.now()}`,
    );
    await expectJson(
      await adminPost(`/admin/products/${product.id}/craft`, {
        craft: "brocade-weaving",
        artisan_id: artisan.artisanId,
        marks: [mark.handle],
      }),
      200,
    );
    expect((await storeProduct(product.handle))?.marks.map((shown) => shown.handle)).toEqual([mark.handle]);
    const page = async () => (await fetch(`${stack.storefront}/products/${product.handle}`)).text();
    expect(await page()).toContain(mark.name.vi);

    const yesterday = vietnamDay(-1);
    const ended = await adminPost(`/admin/marks/${mark.id}/authorisations/${authorisation.id}`, {
      valid_to: yesterday,
    });
    expect((await expectJson<{ authorisation: unknown }>(ended, 200)).authorisation).toMatchObject({
      id: authorisation.id,
      valid_from: "2020-01-01",
      valid_to: yesterday,
      status: "expired",
    });
    expect((await storeProduct(product.handle))?.marks).toEqual([]);
    expect(await page()).not.toContain(mark.name.vi);
    expect((await craftOf(product.id)).craft_profile?.marks).toEqual([mark.handle]);

    const { mark: registry } = await admin.client.fetch<AdminMarkResponse>(`/admin/marks/${mark.handle}`);
    expect(registry.current_members).toBe(0);
    expect(registry.authorisations).toEqual([
      expect.objectContaining({ id: authorisation.id, valid_to: yesterday, status: "expired" }),
    ]);
  });

  it("only shortens a period: a day before its start or after its end, or another mark's authorisation, is refused", async () => {
    const mark = await createMark(admin);
    const authorisation = await authoriseMember(
      admin,
      mark.id,
      artisan.artisanId,
      "2026-01-01",
      "2026-12-31",
    );
    const end = (body: unknown, markId = mark.id, id = authorisation.id) =>
      adminPost(`/admin/marks/${markId}/authorisations/${id}`, body);
    expect((await expectJson<{ code: string }>(await end({ valid_to: "2025-12-31" }), 400)).code).toBe(
      "valid_to_before_valid_from",
    );
    expect((await expectJson<{ code: string }>(await end({ valid_to: "2027-01-31" }), 400)).code).toBe(
      "valid_to_extends_period",
    );
    expect((await end({ valid_to: "2026-02-30" })).status).toBe(400);
    expect((await end({})).status).toBe(400);
    expect((await end({ valid_to: "2026-06-30" }, current.id)).status).toBe(404);
    const { mark: unchanged } = await admin.client.fetch<AdminMarkResponse>(`/admin/marks/${mark.id}`);
    expect(unchanged.authorisations[0]).toMatchObject({ valid_from: "2026-01-01", valid_to: "2026-12-31" });
  });
});

describe("bad input to the registry", () => {
  it("answers clear 400s (404 for what does not exist, 422 for a taken handle) and adds nothing", async () => {
    const count = async () => (await admin.client.fetch<{ marks: AdminMark[] }>("/admin/marks")).marks.length;
    const before = await count();
    const bad = [
      markBody({ handle: "Thổ Cẩm" }),
      markBody({ kind: "trademark" }),
      markBody({ name: { vi: "   ", en: "Brocade" } }),
      markBody({ owner: "" }),
      markBody({ registration_number: "x".repeat(61) }),
      { ...markBody(), unexpected: true },
    ];
    for (const body of bad) {
      const response = await adminPost("/admin/marks", body);
      const error = await expectJson<{ type: string; message: string }>(response, 400);
      expect([error.type, error.message.length > 0]).toEqual(["invalid_data", true]);
    }
    expect((await adminPost("/admin/marks", markBody({ handle: current.handle }))).status).toBe(422);
    expect(await count()).toBe(before);

    const authorise = (body: Record<string, unknown>, markId = current.id) =>
      adminPost(`/admin/marks/${markId}/authorisations`, {
        artisan_id: artisan.artisanId,
        valid_from: "2026-01-01",
        ...body,
      });
    const backwards = await expectJson<{ message: string }>(await authorise({ valid_to: "2025-12-31" }), 400);
    expect(backwards.message).toContain("valid_from");
    expect((await authorise({ valid_from: "14/03/2026" })).status).toBe(400);
    expect((await authorise({ artisan_id: "art_KHONGCO" })).status).toBe(404);
    expect((await authorise({}, "mark_KHONGCO")).status).toBe(404);
    expect((await artisanFetch(stack, token, "/admin/marks/khong-co-nhan-nay")).status).toBe(404);
    const { mark } = await admin.client.fetch<AdminMarkResponse>(`/admin/marks/${current.id}`);
    expect(mark.authorisations).toHaveLength(1);
  });
});
