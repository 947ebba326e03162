import { randomBytes } from "node:crypto";
import { z } from "zod";
import { PRIMARY_WIDTH, THUMBNAIL_WIDTH } from "./limits.ts";
import { boxAtMost } from "./photo-sizes.ts";
import type { PhotoOutput, ProcessedPhoto } from "./process-photo.ts";

/**
 * How a product's processed photos are recorded, in `product.metadata.photos`, one entry per photo in the
 * order of `product.images`:
 *
 * - `url` is the photo's primary size (WebP, 960 px box), the same URL as its `product.images[]` entry;
 *   the photo's id in the routes is that image's id (`img_…`).
 * - `variants` are every file served (WebP at 480/960/1600 px boxes, never upscaled, and one JPEG
 *   fallback), with their real pixel sizes, so the site can build `srcset`.
 * - `file_ids` are the File Module ids, deleted with the photo. The original upload is never stored.
 */
export const StoredPhotoSchema = z.object({
  url: z.string(),
  thumbnail_url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  variants: z.array(
    z.object({
      format: z.enum(["webp", "avif", "jpeg"]),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      url: z.string(),
    }),
  ),
  file_ids: z.array(z.string()),
});
export type StoredPhoto = z.infer<typeof StoredPhotoSchema>;

/** The metadata key that holds the photos. */
export const PHOTOS_KEY = "photos";

type Metadata = Record<string, unknown> | null | undefined;

/** The product's recorded photos (entries that do not parse are left out). */
export function storedPhotos(metadata: Metadata): StoredPhoto[] {
  const value = metadata?.[PHOTOS_KEY];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = StoredPhotoSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A file to write through the File Module (content in base64, as Medusa's upload workflow takes it). */
export interface PhotoFileInput {
  filename: string;
  mimeType: string;
  content: string;
  access: "public";
}

/** A name that is unique to one upload and safe in a URL: `photo-<random>`. */
export const newPhotoKey = (): string => `photo-${randomBytes(8).toString("hex")}`;

/** The files of a processed photo, named `<key>-<box>.<format>`, in the order of `processed.outputs`. */
export function photoFiles(key: string, processed: ProcessedPhoto): PhotoFileInput[] {
  return processed.outputs.map((output) => ({
    filename: `${key}-${output.box}.${output.format === "jpeg" ? "jpg" : output.format}`,
    mimeType: output.contentType,
    content: output.data.toString("base64"),
    access: "public",
  }));
}

/** A processed photo without its bytes: what the record needs once the files are written. */
export interface PhotoShape {
  width: number;
  height: number;
  outputs: Omit<PhotoOutput, "data">[];
}

/** The shape of a processed photo (its sizes), without the bytes. */
export const photoShape = ({ width, height, outputs }: ProcessedPhoto): PhotoShape => ({
  width,
  height,
  outputs: outputs.map(({ data: _data, ...output }) => output),
});

/** The record of a processed photo once its files are written (`files` in the order of `photoFiles`). */
export function toStoredPhoto(processed: PhotoShape, files: { id: string; url: string }[]): StoredPhoto {
  const variants = processed.outputs.map((output, index) => ({
    format: output.format,
    width: output.width,
    height: output.height,
    url: files[index]?.url ?? "",
    box: output.box,
  }));
  const webp = variants.filter((variant) => variant.format === "webp");
  const boxes = webp.map((variant) => variant.box);
  const at = (box: number) => webp.find((variant) => variant.box === boxAtMost(boxes, box))?.url ?? "";
  return {
    url: at(PRIMARY_WIDTH),
    thumbnail_url: at(THUMBNAIL_WIDTH),
    width: processed.width,
    height: processed.height,
    variants: variants.map(({ box: _box, ...variant }) => variant),
    file_ids: files.map((file) => file.id),
  };
}
