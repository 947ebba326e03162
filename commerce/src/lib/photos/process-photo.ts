import sharp, { type FormatEnum, type Metadata, type Sharp } from "sharp";
import {
  JPEG_FALLBACK_WIDTH,
  MAX_INPUT_PIXELS,
  MAX_PHOTO_BYTES,
  PROCESSING_TIMEOUT_SECONDS,
} from "./limits.ts";
import { PhotoError } from "./photo-error.ts";
import { boxAtMost, photoBoxes } from "./photo-sizes.ts";
import { sniffPhotoType, type SniffedType } from "./sniff-type.ts";

export type PhotoFormat = "webp" | "avif" | "jpeg";

/** One file the site serves: a size in one format, without any metadata. */
export interface PhotoOutput {
  format: PhotoFormat;
  /** The box (px) it was fitted into: one of the site's widths, or the photo's own size. */
  box: number;
  width: number;
  height: number;
  contentType: `image/${PhotoFormat}`;
  data: Buffer;
}

/** A photo ready to store: its upright size and the files to serve. The original is not among them. */
export interface ProcessedPhoto {
  width: number;
  height: number;
  outputs: PhotoOutput[];
}

export interface ProcessPhotoOptions {
  /** Formats written at every size (the JPEG fallback is always written once). Default: WebP. */
  formats?: ("webp" | "avif")[];
}

const SHARP_FORMAT: Record<SniffedType, keyof FormatEnum> = {
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  heic: "heif",
  avif: "heif",
  heif: "heif",
};

const unsupported = () =>
  new PhotoError(
    "photo_unsupported_type",
    "This file is not a photo the shop accepts. Send a JPEG, PNG or WebP photo.",
  );
const heicUnsupported = () =>
  new PhotoError(
    "photo_unsupported_type",
    "HEIC photos cannot be read on this server. Export the photo as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) and send it again.",
  );
const unreadable = () =>
  new PhotoError(
    "photo_unreadable",
    "The photo could not be read: the file is damaged or incomplete. Take or export the photo again and send the new file.",
  );
const tooManyPixels = () =>
  new PhotoError(
    "photo_too_many_pixels",
    `The photo has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Send a smaller version (for example 12 megapixels, 4000 × 3000).`,
  );
export const photoTooLarge = () =>
  new PhotoError(
    "photo_too_large",
    `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB. Send a smaller file (a phone photo at normal quality is 2–8 MB).`,
  );

/** Options for untrusted input: refuse pixel bombs and damaged data, read once from top to bottom. */
const inputOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "warning", sequentialRead: true } as const;

const exceedsPixelLimit = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message);

async function readMetadata(input: Buffer, type: SniffedType): Promise<Metadata> {
  try {
    return await sharp(input, inputOptions).metadata();
  } catch (error) {
    if (exceedsPixelLimit(error)) throw tooManyPixels();
    throw type === "heic" ? heicUnsupported() : unreadable();
  }
}

function encode(upright: Sharp, format: PhotoFormat, box: number): Sharp {
  const resized = upright
    .clone()
    .resize({ width: box, height: box, fit: "inside", withoutEnlargement: true });
  if (format === "webp") return resized.webp({ quality: 80, effort: 4 });
  if (format === "avif") return resized.avif({ quality: 55, effort: 2 });
  return resized.flatten({ background: "#ffffff" }).jpeg({ quality: 82, progressive: true, mozjpeg: true });
}

async function render(upright: Sharp, format: PhotoFormat, box: number): Promise<PhotoOutput> {
  const { data, info } = await encode(upright, format, box).toBuffer({ resolveWithObject: true });
  return { format, box, width: info.width, height: info.height, contentType: `image/${format}`, data };
}

function decodeError(error: unknown, type: SniffedType, metadata: Metadata): PhotoError {
  if (exceedsPixelLimit(error)) return tooManyPixels();
  if (type === "heic" || (metadata.format === "heif" && metadata.compression === "hevc"))
    return heicUnsupported();
  return unreadable();
}

/**
 * Turns an uploaded file into the files the site serves: the type is read from the bytes, the photo turned
 * upright by its EXIF orientation, converted to sRGB and written without any metadata (EXIF, GPS, XMP,
 * IPTC, ICC) at each of the site's sizes. Throws `PhotoError` (nothing written) for a file that is too
 * large, not a photo, damaged, or a decompression bomb.
 */
export async function processPhoto(
  input: Buffer,
  options: ProcessPhotoOptions = {},
): Promise<ProcessedPhoto> {
  if (input.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  const type = sniffPhotoType(input);
  if (!type) throw unsupported();
  const metadata = await readMetadata(input, type);
  if (metadata.format !== SHARP_FORMAT[type]) throw unreadable();
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw tooManyPixels();

  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  const boxes = photoBoxes(width, height);
  const upright = sharp(input, inputOptions).rotate().timeout({ seconds: PROCESSING_TIMEOUT_SECONDS });
  const jobs: [PhotoFormat, number][] = [
    ...(options.formats ?? ["webp"]).flatMap((format) =>
      boxes.map((box): [PhotoFormat, number] => [format, box]),
    ),
    ["jpeg", boxAtMost(boxes, JPEG_FALLBACK_WIDTH)],
  ];
  try {
    const outputs: PhotoOutput[] = [];
    // One size after another: two cores, and libvips already spreads each one over them.
    for (const [format, box] of jobs) outputs.push(await render(upright, format, box));
    return { width, height, outputs };
  } catch (error) {
    throw decodeError(error, type, metadata);
  }
}
