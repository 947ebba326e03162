/** The photo types the pipeline knows, as their first bytes declare them. */
export type SniffedType = "jpeg" | "png" | "webp" | "heic" | "avif" | "heif";

const HEVC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const AV1_BRANDS = new Set(["avif", "avis"]);
const GENERIC_HEIF_BRANDS = new Set(["mif1", "msf1", "miaf", "mif2"]);

const startsWith = (bytes: Buffer, signature: number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const ascii = (bytes: Buffer, start: number, end: number): string => bytes.toString("latin1", start, end);

/** The brands of an ISO base media file (`ftyp` box): the major brand, then the compatible ones. */
function isoBrands(bytes: Buffer): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  // Bytes 12–16 are the minor version; compatible brands follow, four bytes each.
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands;
}

function heifFamily(brands: string[]): SniffedType | null {
  if (brands.some((brand) => AV1_BRANDS.has(brand))) return "avif";
  if (brands.some((brand) => HEVC_BRANDS.has(brand))) return "heic";
  if (brands.some((brand) => GENERIC_HEIF_BRANDS.has(brand))) return "heif";
  return null;
}

/**
 * The type of a file from its first bytes (never its name or the client's content type), or null when it
 * is none of the photo types: text, PDF, SVG, GIF, TIFF, video… are refused before any decoder sees them.
 */
export function sniffPhotoType(bytes: Buffer): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  const brands = isoBrands(bytes);
  return brands ? heifFamily(brands) : null;
}
