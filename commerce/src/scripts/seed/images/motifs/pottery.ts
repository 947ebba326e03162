import type { Random } from "../random";
import { shade } from "../palettes";
import {
  type Motif,
  type Point,
  floorShadow,
  linearGradient,
  n,
  polygon,
  polyline,
  studioBackdrop,
} from "./motif";

/** How flat the rim and the bands look: the vessel is seen from slightly above. */
const TILT = 0.14;

/** Points along a Catmull-Rom curve through `points`, `per` samples per segment. */
function sampleCurve(points: readonly Point[], per: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)];
    const [p1, p2] = [points[i], points[i + 1]];
    const p3 = points[Math.min(points.length - 1, i + 2)];
    for (let k = 0; k < per; k++) {
      const t = k / per;
      const [t2, t3] = [t * t, t * t * t];
      const at = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (3 * b - a - 3 * c + d) * t3);
      out.push([at(p0[0], p1[0], p2[0], p3[0]), at(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(points[points.length - 1]);
  return out;
}

/** A jar's right-hand profile, foot to lip, as radius (x from the axis) against y. */
function profile(random: Random, base: number): Point[] {
  const height = random.range(520, 640);
  const top = base - height;
  const foot = random.range(70, 110);
  const belly = random.range(190, 255);
  const neck = random.range(60, 110);
  const at = (f: number): number => base - height * f;
  return sampleCurve(
    [
      [foot, base],
      [belly * 0.85, at(0.15)],
      [belly, at(random.range(0.35, 0.5))],
      [belly * random.range(0.78, 0.9), at(0.68)],
      [neck, at(0.86)],
      [neck * random.range(0.95, 1.05), at(0.93)],
      [neck + random.range(14, 34), top],
    ],
    12,
  );
}

/** The radius of the profile at height y (the profile rises monotonically). */
function radiusAt(outline: readonly Point[], y: number): number {
  for (let i = 1; i < outline.length; i++) {
    const [r0, y0] = outline[i - 1];
    const [r1, y1] = outline[i];
    if ((y <= y0 && y >= y1) || (y >= y0 && y <= y1)) return r0 + ((r1 - r0) * (y - y0)) / (y1 - y0 || 1);
  }
  return outline[outline.length - 1][0];
}

/** A point on the front of the band at height y: angle 0 is the right edge, π the left. */
function around(outline: readonly Point[], y: number, angle: number): Point {
  const r = radiusAt(outline, y);
  return [500 + r * Math.cos(angle), y + TILT * r * Math.sin(angle)];
}

/** A decorated band between heights y and y + h, following the vessel's curve. */
function band(
  random: Random,
  outline: readonly Point[],
  y: number,
  h: number,
  colours: readonly string[],
): string {
  const colour = random.pick(colours);
  const kind = random.pick(["stripe", "zigzag", "dots", "lines", "wave"] as const);
  const steps = 48;
  const angles = Array.from({ length: steps + 1 }, (_, i) => (Math.PI * i) / steps);
  const edge = (yy: number): Point[] => angles.map((a) => around(outline, yy, a));
  if (kind === "stripe") {
    return `<path d="${polygon([...edge(y), ...edge(y + h).reverse()])}" fill="${colour}"/>`;
  }
  if (kind === "lines") {
    const count = random.int(2, 4);
    return Array.from({ length: count }, (_, i) =>
      polyline(edge(y + (h * i) / Math.max(1, count - 1)).slice(1, -1)),
    )
      .map((d) => `<path d="${d}" fill="none" stroke="${colour}" stroke-width="4"/>`)
      .join("");
  }
  if (kind === "dots") {
    const count = random.int(9, 15);
    let d = "";
    for (let i = 0; i < count; i++) {
      const a = (Math.PI * (i + 0.5)) / count;
      const [x, yy] = around(outline, y + h / 2, a);
      const r = (h / 4) * Math.sqrt(Math.sin(a));
      d += `M${n(x - r)} ${n(yy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`;
    }
    return `<path d="${d}" fill="${colour}"/>`;
  }
  const teeth = random.int(10, 16);
  const pts: Point[] = [];
  // Stroked figures stop just short of the silhouette so their line width does not stick out.
  for (let i = 1; i < teeth * 4; i++) {
    const a = (Math.PI * i) / (teeth * 4);
    const phase = (i % 4) / 4;
    const lift = kind === "zigzag" ? Math.abs(phase - 0.5) * 2 : 0.5 + 0.5 * Math.cos(2 * Math.PI * phase);
    pts.push(around(outline, y + h * 0.15 + h * 0.7 * lift, a));
  }
  return `<path d="${polyline(pts)}" fill="none" stroke="${colour}" stroke-width="${n(h * 0.14)}" stroke-linejoin="round"/>`;
}

/** A fired clay jar (ché) on a table: rounded body, narrow neck, banded decoration. */
export const pottery: Motif = ({ random, palette }) => {
  const { base: clay, secondary: dark, accents } = palette;
  const floorY = 860;
  const outline = profile(random, floorY - 20);
  const top = outline[outline.length - 1][1];
  const lip = outline[outline.length - 1][0];
  const bottom = outline[0][1];
  const foot = outline[0][0];
  const right = outline.map(([r, y]): Point => [500 + r, y]);
  const left = outline.map(([r, y]): Point => [500 - r, y]).reverse();
  const body = `${polygon([...right, ...left])}`;
  const bottomCurve = `M${n(500 - foot)} ${n(bottom)}Q500 ${n(bottom + 2 * TILT * foot)} ${n(500 + foot)} ${n(bottom)}Z`;

  const defs =
    linearGradient("clay", [
      [0, shade(clay, -0.55)],
      [0.3, shade(clay, 0.18)],
      [0.45, clay],
      [0.8, shade(clay, -0.35)],
      [1, shade(clay, -0.6)],
    ]) +
    linearGradient("sheen", [
      [0, "#000", 0.45],
      [0.3, "#fff", 0.12],
      [0.5, "#000", 0],
      [1, "#000", 0.5],
    ]);

  // Bands sit on the shoulder and the belly; some jars get a second group lower down.
  const height = bottom - top;
  let bands = "";
  let y = top + height * random.range(0.2, 0.26);
  const count = random.int(2, 4);
  for (let i = 0; i < count; i++) {
    const h = random.range(22, 44);
    bands += band(random, outline, y, h, [dark, ...accents]);
    y += h + random.range(8, 20);
  }
  if (random.chance(0.5)) {
    const low = top + height * random.range(0.62, 0.72);
    bands += band(random, outline, low, random.range(18, 30), [dark, accents[0]]);
  }

  const rimRy = lip * TILT;
  return (
    studioBackdrop(palette.backdrop, floorY) +
    floorShadow(520, bottom + 6, 260, 34, 0.5) +
    `<defs>${defs}</defs>` +
    `<path d="${body}" fill="url(#clay)"/>` +
    `<path d="${bottomCurve}" fill="url(#clay)"/>` +
    bands +
    `<path d="${body}" fill="url(#sheen)"/>` +
    `<ellipse cx="500" cy="${n(top)}" rx="${n(lip)}" ry="${n(rimRy)}" fill="${shade(dark, -0.5)}"/>` +
    `<ellipse cx="500" cy="${n(top)}" rx="${n(lip - 4)}" ry="${n(rimRy - 2)}" fill="none" stroke="${shade(clay, 0.2)}" stroke-width="8"/>`
  );
};
