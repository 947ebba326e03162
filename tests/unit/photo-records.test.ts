import { describe, expect, it } from "vitest";
import { PhotoError } from "../../commerce/src/lib/photos/photo-error.ts";
import {
  addPhotoUpdate,
  removePhotoUpdate,
  type PhotoProductRow,
} from "../../commerce/src/lib/photos/product-photo-update.ts";
import { sniffPhotoType } from "../../commerce/src/lib/photos/sniff-type.ts";
import { storedPhotos, toStoredPhoto, type StoredPhoto } from "../../commerce/src/lib/photos/stored-photo.ts";

const shape = {
  width: 1600,
  height: 1200,
  outputs: [
    { format: "webp", box: 480, width: 480, height: 360, contentType: "image/webp" },
    { format: "webp", box: 960, width: 960, height: 720, contentType: "image/webp" },
    { format: "webp", box: 1600, width: 1600, height: 1200, contentType: "image/webp" },
    { format: "jpeg", box: 960, width: 960, height: 720, contentType: "image/jpeg" },
  ] as const,
};

/** A photo record whose files are named after `key`. */
function photo(key: string): StoredPhoto {
  const files = shape.outputs.map((output, index) => ({
    id: `${key}-${index}`,
    url: `http://files.test/${key}-${output.box}.${output.format}`,
  }));
  return toStoredPhoto({ ...shape, outputs: [...shape.outputs] }, files);
}

const row = (
  images: [string, string][],
  thumbnail: string | null,
  photos: StoredPhoto[],
): PhotoProductRow => ({
  id: "prod_1",
  thumbnail,
  metadata: { moderation: { decision: "proposed" }, photos },
  images: images.map(([id, url], rank) => ({ id, url, rank })),
});

describe("photo records", () => {
  it("point the product image at the 960 WebP and the thumbnail at the 480 WebP", () => {
    const record = photo("a");
    expect(record.url).toBe("http://files.test/a-960.webp");
    expect(record.thumbnail_url).toBe("http://files.test/a-480.webp");
    expect(record.variants.map((variant) => variant.url)).toHaveLength(4);
    expect(record.file_ids).toEqual(["a-0", "a-1", "a-2", "a-3"]);
  });

  it("make the first photo of a product its thumbnail and keep other metadata", () => {
    const first = addPhotoUpdate(row([], null, []), photo("a"));
    expect(first.images).toEqual([{ url: "http://files.test/a-960.webp" }]);
    expect(first.thumbnail).toBe("http://files.test/a-480.webp");
    expect(first.metadata.moderation).toEqual({ decision: "proposed" });

    const second = addPhotoUpdate(
      row([["img_a", photo("a").url]], photo("a").thumbnail_url, [photo("a")]),
      photo("b"),
    );
    expect(second.images).toEqual([{ id: "img_a", url: photo("a").url }, { url: photo("b").url }]);
    expect(second.thumbnail).toBe(photo("a").thumbnail_url);
    expect(storedPhotos(second.metadata)).toHaveLength(2);
  });

  it("keep a seeded product's own thumbnail when a photo is added after its images", () => {
    const seeded = row(
      [["img_seed", "http://files.test/seed-1.webp"]],
      "http://files.test/seed-thumb.webp",
      [],
    );
    expect(addPhotoUpdate(seeded, photo("a")).thumbnail).toBe("http://files.test/seed-thumb.webp");
  });

  it("remove a photo with its files; the next photo becomes the thumbnail", () => {
    const product = row(
      [
        ["img_a", photo("a").url],
        ["img_b", photo("b").url],
      ],
      photo("a").thumbnail_url,
      [photo("a"), photo("b")],
    );
    const { update, fileIds } = removePhotoUpdate(product, "img_a");
    expect(update.images).toEqual([{ id: "img_b", url: photo("b").url }]);
    expect(update.thumbnail).toBe(photo("b").thumbnail_url);
    expect(fileIds).toEqual(["a-0", "a-1", "a-2", "a-3"]);
    expect(storedPhotos(update.metadata).map((entry) => entry.url)).toEqual([photo("b").url]);

    const last = removePhotoUpdate(row([["img_b", photo("b").url]], null, [photo("b")]), "img_b");
    expect([last.update.images, last.update.thumbnail]).toEqual([[], null]);
    expect(() => removePhotoUpdate(product, "img_other")).toThrow(PhotoError);
  });
});

describe("sniffPhotoType", () => {
  const ftyp = (major: string, ...compatible: string[]) => {
    const box = Buffer.alloc(16 + compatible.length * 4);
    box.writeUInt32BE(box.length, 0);
    box.write(`ftyp${major}`, 4, "latin1");
    compatible.forEach((brand, index) => box.write(brand, 16 + index * 4, "latin1"));
    return box;
  };

  it("tells the photo types apart by their first bytes", () => {
    expect(sniffPhotoType(Buffer.from([0xff, 0xd8, 0xff, 0xe1]))).toBe("jpeg");
    expect(sniffPhotoType(Buffer.from("RIFF\0\0\0\0WEBPVP8 ", "latin1"))).toBe("webp");
    expect(sniffPhotoType(ftyp("heic", "mif1", "heic"))).toBe("heic");
    expect(sniffPhotoType(ftyp("avif", "mif1", "miaf"))).toBe("avif");
    expect(sniffPhotoType(ftyp("mif1", "heic"))).toBe("heic");
    expect(sniffPhotoType(ftyp("isom", "mp41"))).toBeNull(); // an MP4 video
    expect(sniffPhotoType(Buffer.from("%PDF-1.7"))).toBeNull();
  });
});
