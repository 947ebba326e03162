import { beforeAll, describe, expect, inject, it } from "vitest";
import { createArtisanAccount, type ArtisanAccount } from "../harness/artisans.ts";
import { photoRoutes, type ErrorBody } from "../harness/photo-routes.ts";
import { customerToken } from "../harness/customers.ts";
import { photoForm, streamedPhotoBody, uploadedFiles } from "../harness/photo-uploads.ts";
import { declaredPngBomb, pdfFile, phonePhoto, plainPhoto, truncated } from "../harness/photos.ts";

// Photos that are not photos, too large, damaged or bombs are refused with a clear code and leave nothing
// behind; only the product's artisan may add or remove its photos.
const stack = inject("stack");
const { createProduct, upload, deletePhoto, addPhoto, ownProduct } = photoRoutes(stack);
let owner: ArtisanAccount;
let other: ArtisanAccount;

beforeAll(async () => {
  [owner, other] = await Promise.all([createArtisanAccount(stack), createArtisanAccount(stack)]);
});

describe("refused photos leave nothing behind", () => {
  it("refuses each bad upload with a clear code; the product and the stored files are unchanged", async () => {
    const { id } = await createProduct(owner, "Chiêng đồng (mẫu)");
    const before = await ownProduct(owner, id);
    const filesBefore = uploadedFiles(stack);
    const jpeg = await phonePhoto();
    const big = Buffer.concat([jpeg, Buffer.alloc(16 * 1024 * 1024, 1)]);
    const cases: [string, () => Promise<Response>, number, string][] = [
      [
        "a PDF",
        () => upload(owner.token, id, photoForm([{ data: pdfFile(), type: "application/pdf" }])),
        415,
        "photo_unsupported_type",
      ],
      [
        "a cut-off JPEG",
        () => upload(owner.token, id, photoForm([{ data: truncated(jpeg, 0.5) }])),
        422,
        "photo_unreadable",
      ],
      [
        "a 20,000 × 20,000 PNG bomb",
        () => upload(owner.token, id, photoForm([{ data: declaredPngBomb(), type: "image/png" }])),
        422,
        "photo_too_many_pixels",
      ],
      ["16 MB", () => upload(owner.token, id, photoForm([{ data: big }])), 413, "photo_too_large"],
      [
        "16 MB streamed without a length",
        () => {
          const { body, contentType } = streamedPhotoBody(big);
          return fetch(`${stack.medusa}/artisan/products/${id}/photos`, {
            method: "POST",
            headers: { authorization: `Bearer ${owner.token}`, "content-type": contentType },
            body,
            duplex: "half",
          } as RequestInit);
        },
        413,
        "photo_too_large",
      ],
      ["no file", () => upload(owner.token, id, new FormData()), 400, "photo_missing"],
      [
        "two files",
        () => upload(owner.token, id, photoForm([{ data: jpeg }, { data: jpeg }])),
        400,
        "photo_one_at_a_time",
      ],
    ];
    for (const [name, send, status, code] of cases) {
      const response = await send();
      const body = (await response.json()) as ErrorBody;
      expect([response.status, body.code], name).toEqual([status, code]);
      expect(body.message.length, name).toBeGreaterThan(20);
    }
    const after = await ownProduct(owner, id);
    expect({ photos: after.photos, status: after.status, thumbnail: after.thumbnail }).toEqual({
      photos: before.photos,
      status: before.status,
      thumbnail: before.thumbnail,
    });
    expect(uploadedFiles(stack)).toEqual(filesBefore);
  });
});

describe("only the product's artisan touches its photos", () => {
  it("answers 404 to another artisan, 401 without a token or with a customer's token", async () => {
    const { id } = await createProduct(owner, "Đàn T'rưng (mẫu)");
    const product = await addPhoto(owner, id, await plainPhoto("jpeg"));
    const photoId = product.photos[0]?.id ?? "";
    const form = () => photoForm([{ data: Buffer.from("x") }]);
    const customer = await customerToken(stack, `khach-${Date.now()}@example.test`);

    expect((await upload(other.token, id, form())).status).toBe(404);
    expect((await deletePhoto(other.token, id, photoId)).status).toBe(404);
    for (const token of [null, customer]) {
      expect((await upload(token, id, form())).status).toBe(401);
      expect((await deletePhoto(token, id, photoId)).status).toBe(401);
    }
    // Unknown ids: the same 404 as someone else's.
    expect((await upload(owner.token, "prod_does_not_exist", form())).status).toBe(404);
    const unknownPhoto = await deletePhoto(owner.token, id, "img_nope");
    expect([unknownPhoto.status, ((await unknownPhoto.json()) as ErrorBody).code]).toEqual([
      404,
      "photo_not_found",
    ]);
    // A customer cannot reach the curators' route either.
    expect((await upload(customer, id, form(), "/admin")).status).toBe(401);

    expect((await ownProduct(owner, id)).photos).toEqual(product.photos);
  });
});
