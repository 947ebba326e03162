import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES } from "../../commerce/src/lib/photos/limits.ts";
import { PhotoError } from "../../commerce/src/lib/photos/photo-error.ts";
import { photoBoxes } from "../../commerce/src/lib/photos/photo-sizes.ts";
import { processPhoto, type ProcessedPhoto } from "../../commerce/src/lib/photos/process-photo.ts";
import {
  declaredPngBomb,
  EXIF_ARTIST,
  heicLookalike,
  pdfFile,
  phonePhoto,
  plainPhoto,
  solidPngBomb,
  svgFile,
  truncated,
} from "../harness/photos.ts";

/** The error `processPhoto` refuses the file with. */
async function refusal(input: Buffer): Promise<PhotoError> {
  const error = await processPhoto(input).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof PhotoError)) throw new Error(`expected a PhotoError, got ${String(error)}`);
  return error;
}

const summary = (photo: ProcessedPhoto) =>
  photo.outputs.map(({ format, width, height }) => `${format} ${width}×${height}`);

describe("processPhoto: a phone's JPEG", () => {
  it("turns it upright by its EXIF orientation and writes the site's sizes in WebP plus one JPEG", async () => {
    const photo = await processPhoto(await phonePhoto(2400, 1600));
    // Stored 2400 × 1600 with orientation 6: upright it is 1600 wide, 2400 high.
    expect([photo.width, photo.height]).toEqual([1600, 2400]);
    expect(summary(photo)).toEqual(["webp 320×480", "webp 640×960", "webp 1067×1600", "jpeg 640×960"]);
    // The blue quarter of the stored picture is its left side; turned clockwise, it is at the top.
    const { data } = await sharp(photo.outputs[0]?.data)
      .extract({ left: 150, top: 10, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[2]).toBeGreaterThan(data[0] ?? 255);
  });

  it("keeps no metadata at all: no EXIF (GPS, artist), no orientation, no XMP, IPTC or ICC profile", async () => {
    const input = await phonePhoto();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(EXIF_ARTIST)).toBe(true);
    expect(before.icc).toBeDefined();
    const photo = await processPhoto(input);
    for (const output of photo.outputs) {
      const after = await sharp(output.data).metadata();
      expect(after.format).toBe(output.format);
      expect(after.exif, output.format).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.space).toBe("srgb");
      expect(output.data.includes(EXIF_ARTIST)).toBe(false);
    }
  });

  it("never upscales: a small photo is served at its own size", async () => {
    const photo = await processPhoto(await plainPhoto("png", 600, 400));
    expect(summary(photo)).toEqual(["webp 480×320", "webp 600×400", "jpeg 600×400"]);
    expect(photoBoxes(300, 200)).toEqual([300]);
  });
});

describe("processPhoto: accepted types, read from the bytes", () => {
  it.each(["jpeg", "png", "webp", "avif"] as const)("accepts %s", async (format) => {
    const photo = await processPhoto(await plainPhoto(format));
    expect(photo.outputs.map((output) => output.format)).toEqual(["webp", "webp", "jpeg"]);
  });

  it("flattens transparency onto white in the JPEG fallback and keeps it in WebP", async () => {
    const photo = await processPhoto(await plainPhoto("png", 800, 600, { alpha: true }));
    const [webp, jpeg] = [photo.outputs[0], photo.outputs.at(-1)];
    expect((await sharp(webp?.data).metadata()).hasAlpha).toBe(true);
    expect((await sharp(jpeg?.data).metadata()).hasAlpha).toBe(false);
  });
});

describe("processPhoto: refused files", () => {
  it.each([
    ["a text file", Buffer.from("Gùi tre Xơ Đăng, giá 450.000 đồng\n")],
    ["a PDF", pdfFile()],
    ["an SVG", svgFile()],
    ["a GIF", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1")],
    ["an empty file", Buffer.alloc(0)],
  ])("refuses %s as an unsupported type (415)", async (_name, input) => {
    const error = await refusal(input);
    expect([error.status, error.code]).toEqual([415, "photo_unsupported_type"]);
  });

  it("refuses a HEIC it cannot decode (415) and says to export as JPEG", async () => {
    const error = await refusal(heicLookalike());
    expect([error.status, error.code]).toEqual([415, "photo_unsupported_type"]);
    expect(error.message).toMatch(/JPEG/);
  });

  it("refuses a truncated JPEG and a JPEG of garbage as unreadable (422)", async () => {
    const jpeg = await phonePhoto();
    const garbage = Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(4000, 0x5a)]);
    for (const input of [truncated(jpeg, 0.6), garbage]) {
      const error = await refusal(input);
      expect([error.status, error.code]).toEqual([422, "photo_unreadable"]);
    }
  });

  it("refuses decompression bombs before decoding them (422)", async () => {
    // 48 KB declaring 20,000 × 20,000 pixels, and a solid 6,400 × 6,400 PNG written by sharp (41 MP).
    for (const input of [declaredPngBomb(20_000), await solidPngBomb(6400, 6400)]) {
      expect(input.length).toBeLessThan(1024 * 1024);
      const error = await refusal(input);
      expect([error.status, error.code]).toEqual([422, "photo_too_many_pixels"]);
    }
  });

  it("refuses more than 15 MB (413)", async () => {
    const jpeg = await plainPhoto("jpeg");
    const error = await refusal(Buffer.concat([jpeg, Buffer.alloc(MAX_PHOTO_BYTES)]));
    expect([error.status, error.code]).toEqual([413, "photo_too_large"]);
  });
});
