import type { Palette } from "../palettes";
import type { Random } from "../random";

/** Side of the square every motif draws on; the renderer scales it to the requested size. */
export const CANVAS = 1000;

/** What a motif draws with. */
export interface MotifContext {
  random: Random;
  palette: Palette;
}

/** Draws one craft's artwork as SVG elements (with their own `<defs>`) on the CANVAS square. */
export type Motif = (context: MotifContext) => string;

/** A point on the canvas. */
export type Point = readonly [number, number];

/** A number rounded to one decimal, for compact SVG. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A fraction (opacity, offset) rounded to three decimals. */
export function fraction(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A closed polygon as path data (append several for one multi-shape path). */
export function polygon(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join("L")}Z`;
}

/** An open polyline as path data. */
export function polyline(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join("L")}`;
}

/** A smooth open path through points (Catmull-Rom turned into cubic Béziers). */
export function smooth(points: readonly Point[]): string {
  let d = `M${n(points[0][0])} ${n(points[0][1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)];
    const [p1, p2] = [points[i], points[i + 1]];
    const p3 = points[Math.min(points.length - 1, i + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** A linear gradient; `stops` are [offset 0–1, colour, opacity?], the vector is in bounding-box units. */
export function linearGradient(
  id: string,
  stops: readonly (readonly [number, string, number?])[],
  vector: readonly [number, number, number, number] = [0, 0, 1, 0],
): string {
  const [x1, y1, x2, y2] = vector;
  const body = stops
    .map(([offset, colour, opacity]) => {
      const alpha = opacity === undefined ? "" : ` stop-opacity="${fraction(opacity)}"`;
      return `<stop offset="${n(offset * 100)}%" stop-color="${colour}"${alpha}/>`;
    })
    .join("");
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${body}</linearGradient>`;
}

/** A studio backdrop: a softly lit wall of `colour` meeting a slightly darker floor at `floorY`. */
export function studioBackdrop(colour: string, floorY: number): string {
  return (
    `<defs><radialGradient id="wall" cx="50%" cy="35%" r="75%">` +
    `<stop offset="0%" stop-color="#fff" stop-opacity=".35"/><stop offset="100%" stop-color="#000" stop-opacity=".12"/>` +
    `</radialGradient>${linearGradient(
      "floor",
      [
        [0, "#000", 0.1],
        [1, "#000", 0.02],
      ],
      [0, 0, 0, 1],
    )}</defs>` +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${colour}"/>` +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="url(#wall)"/>` +
    `<rect y="${n(floorY)}" width="${CANVAS}" height="${n(CANVAS - floorY)}" fill="url(#floor)"/>`
  );
}

/** A soft elliptical contact shadow centred on (cx, cy). */
export function floorShadow(cx: number, cy: number, rx: number, ry: number, opacity = 0.35): string {
  return (
    `<defs><radialGradient id="shadow"><stop offset="0%" stop-color="#000" stop-opacity="${opacity}"/>` +
    `<stop offset="100%" stop-color="#000" stop-opacity="0"/></radialGradient></defs>` +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="url(#shadow)"/>`
  );
}

/** A soft shadow cast by a flat object (x, y, w, h) onto the wall behind it: stacked translucent rects. */
export function dropShadow(x: number, y: number, w: number, h: number, opacity = 0.3): string {
  const layers = 6;
  let rects = "";
  for (let i = 0; i < layers; i++) {
    const grow = 14 - i * 4;
    rects += `<rect x="${n(x + 10 - grow)}" y="${n(y + 14 - grow)}" width="${n(w + 2 * grow)}" height="${n(h + 2 * grow)}" rx="${n(Math.max(grow, 0))}"/>`;
  }
  return `<g fill="#000" fill-opacity="${fraction(opacity / layers)}">${rects}</g>`;
}
