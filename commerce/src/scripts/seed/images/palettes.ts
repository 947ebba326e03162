import type { Craft } from "../../../modules/craft/vocabulary";
import type { Random } from "./random";

/** The colours of one artwork; what each role means depends on the craft (see the motif). */
export interface Palette {
  /** Behind the object: studio wall, plank or forge. */
  backdrop: string;
  /** The object's main material: cloth ground, rattan, wood, steel, bamboo, string or clay. */
  base: string;
  /** Its second material or main decoration colour. */
  secondary: string;
  /** Decoration colours, strongest first. */
  accents: readonly string[];
}

/** Palettes per craft, drawn from the materials and dyes used around Kon Tum. */
export const PALETTES: Record<Craft, readonly Palette[]> = {
  "brocade-weaving": [
    {
      backdrop: "#ece4d6",
      base: "#17161c",
      secondary: "#b3262b",
      accents: ["#f3efe4", "#e8b52c", "#2f5d8a"],
    },
    {
      backdrop: "#e4dccd",
      base: "#1d2238",
      secondary: "#c23a2b",
      accents: ["#f1ece0", "#f0c230", "#3f8a5a"],
    },
    {
      backdrop: "#efe8dc",
      base: "#0f0f12",
      secondary: "#9e1f2c",
      accents: ["#ece6d8", "#d9a21f", "#c85a2a"],
    },
    {
      backdrop: "#dcd6cc",
      base: "#22263a",
      secondary: "#d1492f",
      accents: ["#f6f1e6", "#f2cf4a", "#8c2230"],
    },
  ],
  basketry: [
    {
      backdrop: "#e9e3d8",
      base: "#d9b27a",
      secondary: "#a87a43",
      accents: ["#2b211a", "#7a5330", "#c98f4e"],
    },
    {
      backdrop: "#e2ddd3",
      base: "#cfa567",
      secondary: "#8f6535",
      accents: ["#3a2a1d", "#5d3f24", "#b98246"],
    },
    {
      backdrop: "#ede7dc",
      base: "#e0c08c",
      secondary: "#b58c52",
      accents: ["#2a2420", "#9a4a2c", "#c79b5e"],
    },
  ],
  "wood-carving": [
    { backdrop: "#7a4a2a", base: "#c58f5c", secondary: "#5c341b", accents: ["#3a2112", "#e0b080"] },
    { backdrop: "#5e3a22", base: "#b87e4b", secondary: "#452613", accents: ["#2c1a0e", "#d9a46f"] },
    { backdrop: "#8a5a36", base: "#d4a574", secondary: "#6a3f22", accents: ["#40260f", "#edc79b"] },
    { backdrop: "#6b4630", base: "#a86c3c", secondary: "#4d2c18", accents: ["#2a170b", "#c98c55"] },
  ],
  blacksmithing: [
    {
      backdrop: "#1a1b1f",
      base: "#c9ced6",
      secondary: "#4f5661",
      accents: ["#6b3f22", "#e0642a", "#8a8f98"],
    },
    {
      backdrop: "#15171c",
      base: "#b8c0ca",
      secondary: "#3e444e",
      accents: ["#5a3520", "#f08a2e", "#7c838d"],
    },
    {
      backdrop: "#1e1c1b",
      base: "#d2d0cc",
      secondary: "#55504a",
      accents: ["#7a4a28", "#d9541f", "#96918a"],
    },
  ],
  "musical-instruments": [
    {
      backdrop: "#e6e0d4",
      base: "#c9b45a",
      secondary: "#8a7a2e",
      accents: ["#5a3a20", "#3d3326", "#e4d48a"],
    },
    {
      backdrop: "#ddd9cf",
      base: "#d8bf72",
      secondary: "#9c7d3a",
      accents: ["#4a2e1a", "#2f2a22", "#f0dea0"],
    },
    {
      backdrop: "#ebe5da",
      base: "#a8b05a",
      secondary: "#6d7a2e",
      accents: ["#5e3b1e", "#37302a", "#d6dc94"],
    },
    {
      backdrop: "#e3dbcc",
      base: "#b98a4a",
      secondary: "#7a5428",
      accents: ["#3e2616", "#2b241e", "#e2b87a"],
    },
  ],
  beadwork: [
    {
      backdrop: "#ebe4d8",
      base: "#3a2c22",
      secondary: "#c02a2a",
      accents: ["#f2ede2", "#1c1c22", "#e3b22a", "#2d6c8c"],
    },
    {
      backdrop: "#e2dace",
      base: "#2a2420",
      secondary: "#d0462c",
      accents: ["#f5f0e6", "#0f1a2e", "#f0c848", "#3c8a4e"],
    },
    {
      backdrop: "#2b2623",
      base: "#8a7660",
      secondary: "#b51f2e",
      accents: ["#f3eee4", "#e8b830", "#2a6fa0", "#141416"],
    },
  ],
  pottery: [
    {
      backdrop: "#ebe3d5",
      base: "#b8643a",
      secondary: "#7a3a1f",
      accents: ["#2c1c14", "#e8d2b0", "#5a2a16"],
    },
    {
      backdrop: "#e3ddd2",
      base: "#8a5a3c",
      secondary: "#4e2e1c",
      accents: ["#1e1410", "#d9b98e", "#a0492a"],
    },
    {
      backdrop: "#efe7da",
      base: "#c98a56",
      secondary: "#8e5530",
      accents: ["#3a2418", "#f0dcc0", "#6e3520"],
    },
    {
      backdrop: "#e6e1d8",
      base: "#5a4a40",
      secondary: "#2e2520",
      accents: ["#b85a32", "#e4d2b4", "#1a1512"],
    },
  ],
};

/** Parses `#rrggbb` into its channels. */
function channels(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The colour a fraction `t` of the way from `a` to `b`. */
export function mix(a: string, b: string, t: number): string {
  const from = channels(a);
  const to = channels(b);
  const parts = from.map((c, i) => Math.round(c + (to[i] - c) * t));
  return `#${parts.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** Lightens (`amount` > 0) towards white or darkens (< 0) towards black. */
export function shade(hex: string, amount: number): string {
  return amount >= 0 ? mix(hex, "#ffffff", amount) : mix(hex, "#000000", -amount);
}

/** A craft's palette for a seed, with small per-seed shifts so no two images share exact colours. */
export function pickPalette(craft: Craft, random: Random): Palette {
  const palette = random.pick(PALETTES[craft]);
  const jitter = (hex: string): string => shade(hex, random.range(-0.08, 0.08));
  return {
    backdrop: jitter(palette.backdrop),
    base: jitter(palette.base),
    secondary: jitter(palette.secondary),
    accents: palette.accents.map(jitter),
  };
}
