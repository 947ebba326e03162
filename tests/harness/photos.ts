import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/**
 * Photos for the photo tests, generated at test time (no binaries in the repository). Each is small on
 * disk; the "phone photo" carries what a real one does: EXIF with GPS, an orientation tag and a
 * Display P3 colour profile.
 */

/** The artist name written into the EXIF of `phonePhoto`: it must never come out again. */
export const EXIF_ARTIST = "Y Blong Test Camera";

/**
 * A JPEG as a phone writes it: stored sideways (landscape pixels, `orientation: 6` = turn 90° clockwise),
 * with EXIF (artist, GPS position), and a P3 ICC profile. The left quarter is blue, the rest red, so the
 * turned photo is blue at the top.
 */
export async function phonePhoto(width = 1200, height = 800): Promise<Buffer> {
  const stripe = Math.round(width / 4);
  return sharp({ create: { width, height, channels: 3, background: "#b03030" } })
    .composite([
      { input: { create: { width: stripe, height, channels: 3, background: "#3050b0" } }, left: 0, top: 0 },
    ])
    .jpeg({ quality: 85 })
    .withIccProfile("p3")
    .withExif({
      IFD0: { Artist: EXIF_ARTIST, Copyright: "Sample data" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "14/1 21/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "108/1 0/1 0/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A plain photo of one colour with a little texture, in the given format. */
export async function plainPhoto(
  format: "jpeg" | "png" | "webp" | "avif",
  width = 800,
  height = 600,
  options: { alpha?: boolean } = {},
): Promise<Buffer> {
  const channels = options.alpha ? 4 : 3;
  const background = options.alpha ? { r: 120, g: 90, b: 60, alpha: 0.5 } : "#785a3c";
  return sharp({ create: { width, height, channels, background } })
    .composite([
      { input: { create: { width: 40, height: 40, channels: 3, background: "#fff" } }, left: 10, top: 10 },
    ])
    .toFormat(format)
    .toBuffer();
}

/** A PNG that declares `width` × `height` pixels of one colour, built by sharp: small on disk, huge decoded. */
export async function solidPngBomb(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#888" }, limitInputPixels: false })
    .toColourspace("b-w")
    .png({ compressionLevel: 1, adaptiveFiltering: false })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A valid 1-bit greyscale PNG of `size` × `size` white-less black pixels, written directly (sharp takes
 * seconds to encode 400 megapixels): about 50 KB that would decode to `size²` pixels.
 */
export function declaredPngBomb(size = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const row = 1 + Math.ceil(size / 8); // filter byte + packed pixels
  const pixels = deflateSync(Buffer.alloc(row * size), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", pixels),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ISO-BMFF file that says it is an iPhone HEIC (brands heic, mif1) but holds no picture this server can decode. */
export function heicLookalike(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write("ftypheic", 4, "latin1");
  ftyp.writeUInt32BE(0, 12);
  ftyp.write("mif1heic", 16, "latin1");
  return Buffer.concat([ftyp, Buffer.alloc(2048, 7)]);
}

/** A minimal PDF document. */
export const pdfFile = (): Buffer =>
  Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

/** An SVG picture (sharp could render it; the shop must refuse it). */
export const svgFile = (): Buffer =>
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
  );

/** The first `fraction` of a file: a photo cut off in transfer. */
export const truncated = (file: Buffer, fraction = 0.5): Buffer =>
  file.subarray(0, Math.floor(file.length * fraction));
