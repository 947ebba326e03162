import type { Random } from "../random";
import { shade } from "../palettes";
import { type Motif, type Point, fraction, linearGradient, n, smooth } from "./motif";

/** A part of the figure: a filled outline or a thick limb drawn along a line. */
type Part = { d: string; limb?: number };

/** Both sides of a symmetric limb: `points` are for the figure's right (x > 500) and mirrored. */
function pair(points: readonly Point[], width: number): Part[] {
  const mirrored = points.map(([x, y]): Point => [1000 - x, y]);
  return [
    { d: smooth(points), limb: width },
    { d: smooth(mirrored), limb: width },
  ];
}

/** An ellipse as path data. */
function oval(cx: number, cy: number, rx: number, ry: number): string {
  return `M${n(cx - rx)} ${n(cy)}a${n(rx)} ${n(ry)} 0 1 0 ${n(rx * 2)} 0a${n(rx)} ${n(ry)} 0 1 0 ${n(-rx * 2)} 0Z`;
}

/** The figure of a funerary statue (tượng nhà mồ): squatting "thinker" or standing, on its post. */
function figure(random: Random): {
  parts: Part[];
  head: { cx: number; cy: number; rx: number; ry: number };
  foot: number;
} {
  const squat = random.chance(0.55);
  const rx = random.range(54, 68);
  const ry = rx * random.range(1.15, 1.35);
  const headY = squat ? 250 : 200;
  const shoulderY = headY + ry + 30;
  const shoulder = random.range(85, 105);
  const waistY = shoulderY + (squat ? 200 : 210);
  const waist = shoulder * random.range(0.68, 0.8);
  const torso = smooth([
    [500 - shoulder, shoulderY],
    [500 - waist - 6, (shoulderY + waistY) / 2],
    [500 - waist, waistY],
    [500 + waist, waistY],
    [500 + waist + 6, (shoulderY + waistY) / 2],
    [500 + shoulder, shoulderY],
  ]);
  const parts: Part[] = [
    { d: `${torso}Q500 ${n(shoulderY - 30)} ${n(500 - shoulder)} ${n(shoulderY)}Z` },
    { d: `M${n(470)} ${n(headY + ry - 10)}h60v50h-60Z` },
  ];
  const limb = random.range(36, 46);
  let foot: number;
  if (squat) {
    // Knees drawn up to the chest, elbows resting on them, hands holding the chin.
    const kneeY = shoulderY + random.range(50, 80);
    const knee = waist + random.range(8, 22);
    foot = waistY + 50;
    parts.push(
      ...pair(
        [
          [500 + waist * 0.5, waistY],
          [500 + knee, kneeY],
          [500 + knee + 8, foot],
        ],
        limb + 12,
      ),
    );
    parts.push(
      ...pair(
        [
          [500 + shoulder - 6, shoulderY + 10],
          [500 + shoulder + 6, kneeY - 30],
          [500 + knee, kneeY - 20],
          [500 + 30, headY + ry - 4],
        ],
        limb,
      ),
    );
    parts.push(
      { d: oval(500 + knee + 14, foot + 6, 40, 15) },
      { d: oval(500 - knee - 14, foot + 6, 40, 15) },
    );
  } else {
    // Standing, hands clasped on the belly.
    foot = waistY + 250;
    parts.push(
      ...pair(
        [
          [500 + waist * 0.55, waistY - 10],
          [500 + waist * 0.6, waistY + 120],
          [500 + waist * 0.55, foot],
        ],
        limb + 14,
      ),
    );
    parts.push(
      ...pair(
        [
          [500 + shoulder - 8, shoulderY + 10],
          [500 + shoulder + 14, shoulderY + 120],
          [500 + 20, waistY - 40],
        ],
        limb,
      ),
    );
    parts.push(
      { d: oval(500 + waist * 0.6, foot + 4, 44, 16) },
      { d: oval(500 - waist * 0.6, foot + 4, 44, 16) },
    );
    // The loincloth (khố) hanging from the belt.
    parts.push({ d: `M${n(500 - waist)} ${n(waistY - 20)}h${n(waist * 2)}l-12 40h${n(-waist * 2 + 24)}Z` });
    parts.push({ d: `M${n(500 - 24)} ${n(waistY + 20)}h48l-6 ${n(random.range(80, 130))}h-36Z` });
  }
  if (random.chance(0.5)) parts.push({ d: oval(500, headY - ry * 0.95, rx * 0.45, ry * 0.28) });
  return { parts, head: { cx: 500, cy: headY, rx, ry }, foot };
}

/** Wavy grain lines over a box, in one path. */
function grain(random: Random, x0: number, x1: number, y0: number, y1: number, count: number): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const x = x0 + ((x1 - x0) * (i + random.range(0.2, 0.8))) / count;
    const sway = random.range(6, 22);
    const pts: Point[] = [];
    for (let k = 0; k <= 6; k++) {
      pts.push([x + Math.sin(k * 1.3 + i) * sway, y0 + ((y1 - y0) * k) / 6]);
    }
    d += smooth(pts);
  }
  return d;
}

/** A carved wooden statue on its post, in front of a plank wall with visible grain. */
export const woodCarving: Motif = ({ random, palette }) => {
  const { backdrop: wall, base: wood, secondary: dark, accents } = palette;
  const [deep, light] = accents;
  const { parts, head, foot } = figure(random);
  const postW = random.range(110, 140);

  // Plank wall: vertical boards with seams, grain and a knot or two.
  const boards = random.int(3, 5);
  let wallSvg = `<rect width="1000" height="1000" fill="${wall}"/>`;
  for (let i = 1; i < boards; i++) {
    const x = (1000 * i) / boards;
    wallSvg += `<path d="M${n(x)} 0V1000" stroke="${deep}" stroke-width="6" stroke-opacity=".6"/>`;
  }
  wallSvg += `<path d="${grain(random, 0, 1000, -20, 1020, 34)}" fill="none" stroke="${dark}" stroke-width="3" stroke-opacity=".45"/>`;
  wallSvg += `<path d="${grain(random, 0, 1000, -20, 1020, 20)}" fill="none" stroke="${light}" stroke-width="2" stroke-opacity=".2"/>`;
  for (let i = random.int(1, 2); i > 0; i--) {
    const [kx, ky] = [random.pick([120, 880]) + random.range(-40, 40), random.range(150, 850)];
    wallSvg += `<ellipse cx="${n(kx)}" cy="${n(ky)}" rx="16" ry="30" fill="${deep}" fill-opacity=".6"/>`;
    wallSvg += `<ellipse cx="${n(kx)}" cy="${n(ky)}" rx="30" ry="52" fill="none" stroke="${dark}" stroke-width="3" stroke-opacity=".5"/>`;
  }

  const outline = (colour: string, extra: string): string =>
    parts
      .map((part) =>
        part.limb
          ? `<path d="${part.d}" fill="none" stroke="${colour}" stroke-width="${n(part.limb)}" stroke-linecap="round"${extra}/>`
          : `<path d="${part.d}" fill="${colour}"${extra}/>`,
      )
      .join("") +
    `<ellipse cx="${n(head.cx)}" cy="${n(head.cy)}" rx="${n(head.rx)}" ry="${n(head.ry)}" fill="${colour}"${extra}/>`;
  const post = `<rect x="${n(500 - postW)}" y="${n(foot + 14)}" width="${n(postW * 2)}" height="${n(1000 - foot)}" fill="url(#log)"/>`;
  const postTop = `<ellipse cx="500" cy="${n(foot + 14)}" rx="${n(postW)}" ry="22" fill="${shade(wood, 0.12)}"/>`;

  // The face: brow, deep-set eyes, long nose and a small mouth, cut into the head.
  const { cx, cy, rx, ry } = head;
  const face =
    `<path d="M${n(cx - rx * 0.7)} ${n(cy - ry * 0.12)}Q${n(cx)} ${n(cy - ry * 0.42)} ${n(cx + rx * 0.7)} ${n(cy - ry * 0.12)}" fill="none" stroke="${deep}" stroke-width="7" stroke-linecap="round"/>` +
    `<ellipse cx="${n(cx - rx * 0.36)}" cy="${n(cy)}" rx="${n(rx * 0.18)}" ry="${n(ry * 0.07)}" fill="${deep}"/>` +
    `<ellipse cx="${n(cx + rx * 0.36)}" cy="${n(cy)}" rx="${n(rx * 0.18)}" ry="${n(ry * 0.07)}" fill="${deep}"/>` +
    `<path d="M${n(cx)} ${n(cy - ry * 0.1)}l${n(-rx * 0.12)} ${n(ry * 0.42)}h${n(rx * 0.22)}" fill="none" stroke="${deep}" stroke-width="5" stroke-linejoin="round"/>` +
    `<path d="M${n(cx - rx * 0.25)} ${n(cy + ry * 0.55)}h${n(rx * 0.5)}" stroke="${deep}" stroke-width="6" stroke-linecap="round"/>`;

  const defs =
    linearGradient("carved", [
      [0, shade(wood, 0.18)],
      [0.45, wood],
      [1, shade(wood, -0.4)],
    ]) +
    linearGradient("log", [
      [0, shade(wood, -0.05)],
      [0.35, shade(wood, 0.1)],
      [1, shade(wood, -0.45)],
    ]);
  const body =
    parts
      .map((part) =>
        part.limb
          ? `<path d="${part.d}" fill="none" stroke="url(#carved)" stroke-width="${n(part.limb)}" stroke-linecap="round"/>`
          : `<path d="${part.d}" fill="url(#carved)"/>`,
      )
      .join("") + `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="url(#carved)"/>`;
  const ringY = foot + random.range(90, 140);
  const postGrain = grain(random, 500 - postW + 20, 500 + postW - 20, foot + 40, 1000, 6);

  return (
    wallSvg +
    `<defs>${defs}</defs>` +
    `<g transform="translate(26 18)" opacity="${fraction(0.35)}">${outline("#000", "")}<rect x="${n(500 - postW)}" y="${n(foot)}" width="${n(postW * 2)}" height="${n(1000 - foot)}"/></g>` +
    post +
    `<path d="${postGrain}" fill="none" stroke="${dark}" stroke-width="3" stroke-opacity=".4"/>` +
    `<path d="M${n(500 - postW)} ${n(ringY)}Q500 ${n(ringY + 30)} ${n(500 + postW)} ${n(ringY)}" fill="none" stroke="${deep}" stroke-width="8" stroke-opacity=".6"/>` +
    postTop +
    outline(deep, ` transform="translate(3 3)"`) +
    body +
    face
  );
};
