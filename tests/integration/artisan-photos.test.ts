import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import { createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import { photoRoutes, type ErrorBody } from "../harness/photo-routes.ts";
import { adminToken, photoForm } from "../harness/photo-uploads.ts";
import { EXIF_ARTIST, phonePhoto, plainPhoto } from "../harness/photos.ts";

// Artisans add photos to their products from a phone; the photos are processed (upright, no metadata,
// the site's sizes) and served; the originals never are. Refusals: artisan-photos-refused.test.ts.
const stack = inject("stack");
const { createProduct, upload, deletePhoto, addPhoto, adminProduct, setStatus } = photoRoutes(stack);
let owner: ArtisanAccount;

beforeAll(async () => {
  owner = await createArtisanAccount(stack);
});

describe("an artisan adds photos to a product", () => {
  it("serves the photo upright, in the site's sizes, without EXIF or GPS, and never the original", async () => {
    const created = await createProduct(owner, "Gùi tre đan tay (mẫu)");
    const original = await phonePhoto(2400, 1600);
    const product = await addPhoto(owner, created.id, original);

    expect(product.photos).toHaveLength(1);
    expect(product.status).toBe("proposed");
    const [{ photos }] = [await adminProduct(created.id)];
    const record = photos[0];
    expect(record?.url).toBe(product.photos[0]?.url);
    expect(product.thumbnail).toBe(record?.thumbnail_url);
    // Upright: stored 2400 × 1600 sideways, shown 1600 wide and 2400 high.
    expect([record?.width, record?.height]).toEqual([1600, 2400]);
    expect(record?.variants.map((variant) => `${variant.format} ${variant.width}×${variant.height}`)).toEqual(
      ["webp 320×480", "webp 640×960", "webp 1067×1600", "jpeg 640×960"],
    );
    for (const variant of record?.variants ?? []) {
      const response = await fetch(variant.url);
      expect(response.status, variant.url).toBe(200);
      expect(response.headers.get("content-type")).toBe(`image/${variant.format}`);
      const served = Buffer.from(await response.arrayBuffer());
      expect(served.equals(original)).toBe(false);
      expect(served.includes(EXIF_ARTIST)).toBe(false);
      const metadata = await sharp(served).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
    }
  });

  it("reads the type from the bytes: a PNG named .jpg is taken, a text file named .jpg is refused", async () => {
    const { id } = await createProduct(owner, "Vòng cườm Ba Na (mẫu)");
    const png = await plainPhoto("png");
    const taken = await upload(
      owner.token,
      id,
      photoForm([{ data: png, name: "anh.jpg", type: "image/jpeg" }]),
    );
    expect(taken.status).toBe(201);
    const text = Buffer.from("Đây không phải là ảnh.\n");
    const refused = await upload(
      owner.token,
      id,
      photoForm([{ data: text, name: "anh.jpg", type: "image/jpeg" }]),
    );
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as ErrorBody).code).toBe("photo_unsupported_type");
  });

  it("sends a published product back to review when its photos change; a curator's upload does not", async () => {
    const { id } = await createProduct(owner, "Tượng gỗ nhà mồ (mẫu)");
    await setStatus(id, "published");
    const admin = await adminToken(stack);
    const byCurator = await upload(admin, id, photoForm([{ data: await plainPhoto("webp") }]), "/admin");
    const curated = (await expectJson<{ product: ArtisanProduct }>(byCurator, 201)).product;
    expect(curated.photos).toHaveLength(1);
    expect(curated.status).toBe("published");

    const byArtisan = await addPhoto(owner, id, await plainPhoto("jpeg"));
    expect(byArtisan.photos).toHaveLength(2);
    expect(byArtisan.status).toBe("proposed");
    // The first photo stays the thumbnail.
    expect(byArtisan.thumbnail).toBe(curated.thumbnail);

    await setStatus(id, "published");
    const removed = await deletePhoto(owner.token, id, byArtisan.photos[1]?.id ?? "");
    expect((await expectJson<{ product: ArtisanProduct }>(removed, 200)).product.status).toBe("proposed");
  });

  it("deletes a photo's files with it; the next photo becomes the thumbnail", async () => {
    const { id } = await createProduct(owner, "Khăn thổ cẩm (mẫu)");
    await addPhoto(owner, id, await plainPhoto("jpeg"));
    const product = await addPhoto(owner, id, await plainPhoto("png", 900, 900));
    const [first, second] = product.photos;
    const { photos: records } = await adminProduct(id);
    const firstFiles = records[0]?.variants.map((variant) => variant.url) ?? [];
    expect(firstFiles.length).toBeGreaterThan(0);

    const response = await deletePhoto(owner.token, id, first?.id ?? "");
    const after = (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
    expect(after.photos).toEqual([second]);
    expect(after.thumbnail).toBe((await adminProduct(id)).photos[0]?.thumbnail_url);
    for (const url of firstFiles) expect((await fetch(url)).status, url).toBe(404);

    const last = await deletePhoto(owner.token, id, second?.id ?? "");
    const empty = (await expectJson<{ product: ArtisanProduct }>(last, 200)).product;
    expect([empty.photos, empty.thumbnail]).toEqual([[], null]);
  });
});
