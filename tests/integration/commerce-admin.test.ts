import { beforeAll, describe, expect, inject, it } from "vitest";
import type Medusa from "@medusajs/js-sdk";
import { createOneSizeProduct, listCatalog, retrieveArtisan } from "../harness/catalog.ts";
import { adminClient, regionOf, rejection, storeClient } from "../harness/medusa-clients.ts";

// An admin records an artisan and gives a new product its craft attributes and maker.
const stack = inject("stack");
const store = storeClient(stack);
let admin: Medusa;
let vnd: string;

const artisanBody = {
  handle: "nghe-nhan-thu-nghiem",
  display_name: "Nghệ nhân Thử Nghiệm",
  village_handle: "kon-k-tu",
  ethnic_group: "ba-na",
  crafts: ["basketry"],
  title: null,
  bio: { vi: "Hồ sơ thử nghiệm (dữ liệu mẫu).", en: "A test profile (sample data)." },
  photo_url: null,
  metadata: { sample: true },
};

beforeAll(async () => {
  admin = await adminClient(stack);
  vnd = (await regionOf(store, "vnd")).id;
});

describe("admin: artisans and craft attributes", () => {
  it("creates an artisan, refuses the same handle twice and bad fields", async () => {
    const { artisan } = await admin.client.fetch<{
      artisan: { id: string; bio: { vi: string; en: string } };
    }>("/admin/artisans", { method: "POST", body: artisanBody });
    expect(artisan.bio).toEqual(artisanBody.bio);
    const duplicate = await rejection(
      admin.client.fetch("/admin/artisans", { method: "POST", body: artisanBody }),
    );
    expect([400, 409, 422]).toContain(duplicate.status);
    const bad = await rejection(
      admin.client.fetch("/admin/artisans", {
        method: "POST",
        body: { ...artisanBody, handle: "Không Hợp Lệ", ethnic_group: "martian" },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/handle|ethnic_group/);
  });

  it("gives a product its craft attributes and maker; the store lists it under that craft and artisan", async () => {
    const { artisans } = await admin.client.fetch<{ artisans: { id: string; handle: string }[] }>(
      "/admin/artisans",
      { query: { q: "Thử Nghiệm" } },
    );
    const artisan = artisans[0];
    const product = await createOneSizeProduct(admin, {
      title: "Giỏ thử nghiệm",
      handle: "gio-thu-nghiem",
      prices: [
        { currency_code: "vnd", amount: 210000 },
        { currency_code: "usd", amount: 8.5 },
      ],
    });
    const body = {
      craft: "basketry",
      artisan_id: artisan.id,
      materials: [
        { name: { vi: "Mây", en: "Rattan" }, origin: { vi: "Rừng cộng đồng", en: "Community forest" } },
      ],
      days_to_make: 4,
      care_instructions: { vi: "Để nơi khô ráo.", en: "Keep dry." },
      ocop_stars: 3,
      marks: [],
    };
    const saved = await admin.client.fetch<{
      craft_profile: { village_handle: string; ethnic_group: string };
    }>(`/admin/products/${product.id}/craft`, { method: "POST", body });
    expect(saved.craft_profile).toMatchObject({ village_handle: "kon-k-tu", ethnic_group: "ba-na" });

    const { products } = await listCatalog(store, {
      region_id: vnd,
      craft: "basketry",
      artisan: artisan.handle,
    });
    expect(products.map((item) => item.handle)).toEqual(["gio-thu-nghiem"]);
    expect(products[0].craft).toMatchObject({ ocop_stars: 3, days_to_make: 4 });
    expect(products[0].variants[0].calculated_price?.calculated_amount).toBe(210000);
    const en = await listCatalog(store, { region_id: vnd, handle: "gio-thu-nghiem" }, "en-US");
    expect(en.products[0].craft?.care_instructions).toBe("Keep dry.");
    const page = await retrieveArtisan(store, artisan.handle, { region_id: vnd });
    expect(page.products.map((item) => item.handle)).toEqual(["gio-thu-nghiem"]);

    for (const wrong of [{ ocop_stars: 6 }, { days_to_make: -2 }, { craft: "juggling" }]) {
      const refused = await rejection(
        admin.client.fetch(`/admin/products/${product.id}/craft`, {
          method: "POST",
          body: { ...body, ...wrong },
        }),
      );
      expect(refused.status).toBe(400);
    }
    const unknown = await rejection(
      admin.client.fetch(`/admin/products/${product.id}/craft`, {
        method: "POST",
        body: { ...body, artisan_id: "art_missing" },
      }),
    );
    expect(unknown.status).toBe(404);
    const kept = await admin.client.fetch<{ craft_profile: { ocop_stars: number } }>(
      `/admin/products/${product.id}/craft`,
    );
    expect(kept.craft_profile.ocop_stars).toBe(3);
  });
});

describe("admin: product handles", () => {
  it("gives a product created without a handle an accent-free one that the storefront opens", async () => {
    const title = `Khăn thổ cẩm Đắk Tô ${Date.now()}`;
    const product = await createOneSizeProduct(admin, {
      title,
      prices: [{ currency_code: "vnd", amount: 350000 }],
    });
    expect(product.handle).toMatch(/^khan-tho-cam-dak-to-\d+$/);
    const page = await fetch(`${stack.storefront}/products/${product.handle}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Khăn thổ cẩm Đắk Tô");
  });
});
