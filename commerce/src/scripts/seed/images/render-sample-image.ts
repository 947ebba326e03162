import sharp from "sharp";
import type { Craft } from "../../../modules/craft/vocabulary";
import { pickPalette } from "./palettes";
import { createRandom } from "./random";
import { CANVAS, type Motif } from "./motifs/motif";
import { brocadeWeaving } from "./motifs/brocade-weaving";
import { basketry } from "./motifs/basketry";
import { woodCarving } from "./motifs/wood-carving";
import { blacksmithing } from "./motifs/blacksmithing";
import { musicalInstruments } from "./motifs/musical-instruments";
import { beadwork } from "./motifs/beadwork";
import { pottery } from "./motifs/pottery";

/** What to draw: the craft decides the artwork, the seed (and index) its colours and pattern. */
export interface SampleImageSpec {
  craft: Craft;
  seed: string;
  /** Which of a product's images (0, 1, …); each index is a different variation. */
  index?: number;
  /** Width and height in pixels; 1000 unless told. */
  size?: number;
}

const MOTIFS: Record<Craft, Motif> = {
  "brocade-weaving": brocadeWeaving,
  basketry,
  "wood-carving": woodCarving,
  blacksmithing,
  "musical-instruments": musicalInstruments,
  beadwork,
  pottery,
};

const LABEL = "MẪU · SAMPLE";

/** The small corner label that marks the image as sample data. */
function sampleLabel(): string {
  const fontSize = 20;
  const width = LABEL.length * fontSize * 0.68 + 24;
  const height = fontSize + 14;
  const x = CANVAS - 20 - width;
  const y = CANVAS - 20 - height;
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="#000" opacity=".45"/>` +
    `<text x="${x + width / 2}" y="${y + height / 2 + fontSize * 0.36}" text-anchor="middle" ` +
    `font-family="sans-serif" font-size="${fontSize}" letter-spacing="1.5" fill="#fff" opacity=".9">${LABEL}</text>`
  );
}

/** The SVG of a sample image (deterministic in the spec). */
export function sampleImageSvg({ craft, seed, index = 0, size = CANVAS }: SampleImageSpec): string {
  if (!Number.isInteger(size) || size < 16 || size > 4096) {
    throw new RangeError(`Sample image size must be an integer from 16 to 4096, got ${size}`);
  }
  const random = createRandom(`${craft}|${seed}|${index}`);
  const palette = pickPalette(craft, random);
  const artwork = MOTIFS[craft]({ random, palette });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${CANVAS} ${CANVAS}">` +
    `${artwork}${sampleLabel()}</svg>`
  );
}

/** Renders a craft-like sample product image as a square WebP; the same spec gives the same bytes. */
export async function renderSampleImage(spec: SampleImageSpec): Promise<Buffer> {
  // Rasterising to memory first is faster than letting the WebP encoder pull the SVG strip by strip.
  const { data, info } = await sharp(Buffer.from(sampleImageSvg(spec)))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .webp({ quality: 80, effort: 2 })
    .toBuffer();
}
