import { shade } from "../palettes";
import {
  type Motif,
  type Point,
  floorShadow,
  fraction,
  linearGradient,
  n,
  polyline,
  studioBackdrop,
} from "./motif";

/** One bamboo tube, horizontal: left end x0, right end x1, top y and diameter d. */
interface Tube {
  x0: number;
  x1: number;
  y: number;
  d: number;
}

/** A đàn t'rưng: bamboo tubes of falling length hung on two cords from a wall peg, with beaters. */
export const musicalInstruments: Motif = ({ random, palette }) => {
  const { base: bamboo, secondary: node, accents } = palette;
  const [cord, inside, light] = accents;
  const count = random.int(8, 13);
  const gap = random.range(10, 18);
  const d = Math.min(random.range(34, 46), (620 - (count - 1) * gap) / count);
  const longest = random.range(640, 780);
  const shortest = longest * random.range(0.32, 0.48);
  const stack = count * d + (count - 1) * gap;
  const top = 520 - stack / 2 + 30;
  const skew = random.range(-60, 60);
  const tubes: Tube[] = Array.from({ length: count }, (_, i) => {
    // Top tube shortest; lengths fall off a little faster than linearly, like the real scale.
    const t = i / (count - 1);
    const length = shortest + (longest - shortest) * Math.pow(t, random.range(0.8, 1.1));
    const centre = 500 + skew * (1 - t);
    return { x0: centre - length / 2, x1: centre + length / 2, y: top + i * (d + gap), d };
  });

  const defs = linearGradient(
    "tube",
    [
      [0, shade(bamboo, -0.45)],
      [0.25, shade(bamboo, 0.35)],
      [0.45, bamboo],
      [0.85, shade(bamboo, -0.3)],
      [1, shade(bamboo, -0.55)],
    ],
    [0, 0, 0, 1],
  );

  let bodies = "";
  let nodes = "";
  let holes = "";
  let cuts = "";
  for (const { x0, x1, y, d: dia } of tubes) {
    const cut = dia * random.range(1.4, 2.2);
    // Left end cut away to a tongue (the sounding lip); right end open.
    bodies += `<path d="M${n(x0 + cut)} ${n(y)}H${n(x1)}V${n(y + dia)}H${n(x0)}V${n(y + dia * 0.5)}L${n(x0 + cut * 0.7)} ${n(y + dia * 0.45)}Z" fill="url(#tube)"/>`;
    cuts += `M${n(x0)} ${n(y + dia * 0.5)}L${n(x0 + cut * 0.7)} ${n(y + dia * 0.45)}L${n(x0 + cut)} ${n(y)}V${n(y + dia * 0.22)}L${n(x0 + cut * 0.7)} ${n(y + dia * 0.6)}H${n(x0)}Z`;
    holes += `<ellipse cx="${n(x1)}" cy="${n(y + dia / 2)}" rx="${n(dia * 0.16)}" ry="${n(dia / 2)}"/>`;
    const at = x0 + (x1 - x0) * random.range(0.45, 0.7);
    nodes += `M${n(at)} ${n(y + 1)}v${n(dia - 2)}`;
  }

  // The two cords run down the tube ends, crossing each tube, and meet at the wall peg above.
  const peg: Point = [500 + skew, Math.max(60, top - random.range(130, 170))];
  const cordAt = (side: -1 | 1): Point[] =>
    tubes.map(({ x0, x1, y, d: dia }): Point => [side < 0 ? x0 + dia * 2.6 : x1 - dia * 0.9, y + dia / 2]);
  const cords = ([-1, 1] as const)
    .map((side) => {
      const pts = cordAt(side);
      const last = pts[pts.length - 1];
      return polyline([peg, ...pts, [last[0], last[1] + 40]]);
    })
    .join("");
  let ties = "";
  for (const side of [-1, 1] as const) {
    for (const [x, y] of cordAt(side)) ties += `M${n(x - 5)} ${n(y - d / 2 - 2)}l10 ${n(d + 4)}`;
  }

  // Two beaters lying on the floor in front.
  const floorY = 880;
  const beaters = random.chance(0.7)
    ? [0, 1]
        .map((i) => {
          const x = 620 + i * 70 + random.range(-10, 10);
          return (
            `<path d="M${n(x - 170)} ${n(floorY + 40 + i * 14)}L${n(x)} ${n(floorY + 4 + i * 14)}" stroke="${shade(node, -0.3)}" stroke-width="9" stroke-linecap="round"/>` +
            `<ellipse cx="${n(x + 6)}" cy="${n(floorY + 2 + i * 14)}" rx="18" ry="12" fill="${shade(cord, -0.1)}"/>`
          );
        })
        .join("")
    : "";

  const cordPath = (colour: string): string =>
    `<path d="${cords}" fill="none" stroke="${colour}" stroke-width="5" stroke-linejoin="round"/>`;
  const silhouettes = tubes
    .map(
      ({ x0, x1, y, d: dia }) => `<rect x="${n(x0)}" y="${n(y)}" width="${n(x1 - x0)}" height="${n(dia)}"/>`,
    )
    .join("");

  return (
    studioBackdrop(palette.backdrop, floorY) +
    `<defs>${defs}</defs>` +
    `<g transform="translate(18 22)" opacity="${fraction(0.16)}">${silhouettes}${cordPath("#000")}</g>` +
    bodies +
    cordPath(cord) +
    `<path d="${cuts}" fill="${inside}"/>` +
    `<g fill="${inside}">${holes}</g>` +
    `<path d="${nodes}" stroke="${shade(node, -0.2)}" stroke-width="7"/>` +
    `<path d="${nodes}" stroke="${light}" stroke-opacity=".6" stroke-width="2" transform="translate(5 0)"/>` +
    `<path d="${ties}" stroke="${shade(cord, -0.3)}" stroke-width="4"/>` +
    `<circle cx="${n(peg[0])}" cy="${n(peg[1])}" r="9" fill="${shade(node, -0.5)}"/>` +
    floorShadow(690, floorY + 30, 180, 18, 0.25) +
    beaters
  );
};
