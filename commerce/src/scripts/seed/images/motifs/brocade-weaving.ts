import type { Random } from "../random";
import { shade } from "../palettes";
import {
  type Motif,
  type Point,
  floorShadow,
  dropShadow,
  linearGradient,
  n,
  polygon,
  polyline,
  studioBackdrop,
} from "./motif";

/** A horizontal band of the cloth. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Draws one band: its colours are [field, figure, second figure]. */
type BandPainter = (box: Box, colours: readonly [string, string, string], random: Random) => string;

/** A diamond centred on (cx, cy) with half-diagonals a (across) and b (up). */
function diamond(cx: number, cy: number, a: number, b: number): Point[] {
  return [
    [cx - a, cy],
    [cx, cy - b],
    [cx + a, cy],
    [cx, cy + b],
  ];
}

/** A stepped (woven) diamond: the outline a weft grid produces. */
function steppedDiamond(cx: number, cy: number, a: number, b: number, steps: number): Point[] {
  const dx = a / steps;
  const dy = b / steps;
  const right: Point[] = [];
  for (let i = 0; i < steps; i++) {
    right.push([cx + dx * i, cy - b + dy * i], [cx + dx * (i + 1), cy - b + dy * i]);
  }
  const quarter = right.map(([x, y]): Point => [x, y]);
  const lower = quarter.map(([x, y]): Point => [x, 2 * cy - y]).reverse();
  const left = [...quarter, ...lower].map(([x, y]): Point => [2 * cx - x, y]).reverse();
  return [...quarter, ...lower, ...left];
}

/** How many repeats of roughly `unit` fit across `w`, and their exact width. */
function repeats(w: number, unit: number): [number, number] {
  const count = Math.max(2, Math.round(w / unit));
  return [count, w / count];
}

const field = (box: Box, colour: string): string =>
  `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="${colour}"/>`;

const path = (d: string, colour: string): string => `<path d="${d}" fill="${colour}"/>`;

const stroke = (d: string, colour: string, width: number): string =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(width)}" stroke-linejoin="miter"/>`;

/** Nested diamonds on a coloured field. */
const diamonds: BandPainter = (box, [ground, a, b], random) => {
  const [count, u] = repeats(box.w, box.h * random.range(0.9, 1.5));
  const cy = box.y + box.h / 2;
  const steps = random.int(3, 5);
  let outer = "";
  let inner = "";
  let core = "";
  for (let i = 0; i < count; i++) {
    const cx = box.x + u * (i + 0.5);
    outer += polygon(steppedDiamond(cx, cy, u * 0.45, box.h * 0.42, steps));
    inner += polygon(steppedDiamond(cx, cy, u * 0.28, box.h * 0.26, Math.max(2, steps - 1)));
    core += polygon(diamond(cx, cy, u * 0.1, box.h * 0.1));
  }
  return field(box, ground) + path(outer, a) + path(inner, ground) + path(core, b);
};

/** One or two zigzag lines. */
const zigzag: BandPainter = (box, [ground, a, b], random) => {
  const [count, u] = repeats(box.w, box.h * random.range(0.8, 1.4));
  const width = box.h * 0.16;
  const line = (offset: number): string => {
    const pts: Point[] = [];
    for (let i = 0; i <= count * 2; i++) {
      const top = i % 2 === 0;
      pts.push([box.x + (u / 2) * i, top ? box.y + width + offset : box.y + box.h - width + offset]);
    }
    return polyline(pts);
  };
  const double = random.chance(0.6);
  return (
    field(box, ground) +
    stroke(line(double ? -box.h * 0.12 : 0), a, width) +
    (double ? stroke(line(box.h * 0.12), b, width * 0.7) : "")
  );
};

/** A chain of touching rhombi with filled hearts and dots between. */
const chain: BandPainter = (box, [ground, a, b], random) => {
  const [count, u] = repeats(box.w, box.h * random.range(1.1, 1.8));
  const cy = box.y + box.h / 2;
  let outline = "";
  let hearts = "";
  for (let i = 0; i < count; i++) {
    const cx = box.x + u * (i + 0.5);
    outline += polygon(diamond(cx, cy, u / 2, box.h * 0.42));
    hearts += polygon(diamond(cx, cy, u * 0.18, box.h * 0.16));
  }
  return (
    field(box, ground) +
    stroke(outline, a, box.h * 0.09) +
    path(hearts, b) +
    stroke(`M${n(box.x)} ${n(cy)}H${n(box.x + box.w)}`, a, box.h * 0.04)
  );
};

/** A row of small crosses with dots between. */
const crosses: BandPainter = (box, [ground, a, b], random) => {
  const [count, u] = repeats(box.w, box.h * random.range(1, 1.6));
  const cy = box.y + box.h / 2;
  const arm = box.h * 0.36;
  const bar = box.h * 0.13;
  let plus = "";
  let dots = "";
  for (let i = 0; i < count; i++) {
    const cx = box.x + u * (i + 0.5);
    plus += `M${n(cx - arm)} ${n(cy - bar)}h${n(arm * 2)}v${n(bar * 2)}h${n(-arm * 2)}Z`;
    plus += `M${n(cx - bar)} ${n(cy - arm)}h${n(bar * 2)}v${n(arm * 2)}h${n(-bar * 2)}Z`;
    if (i < count - 1) dots += polygon(diamond(cx + u / 2, cy, bar * 1.2, bar * 1.2));
  }
  return field(box, ground) + path(plus, a) + (count > 1 ? path(dots, b) : "");
};

/** Interlocking teeth: triangles up from the bottom and down from the top. */
const teeth: BandPainter = (box, [ground, a, b], random) => {
  const [count, u] = repeats(box.w, box.h * random.range(0.7, 1.1));
  let up = "";
  let down = "";
  for (let i = 0; i < count; i++) {
    const x = box.x + u * i;
    up += polygon([
      [x, box.y + box.h],
      [x + u / 2, box.y + box.h * 0.35],
      [x + u, box.y + box.h],
    ]);
    down += polygon([
      [x + u / 2, box.y],
      [x + u, box.y + box.h * 0.65],
      [x + u * 1.5 > box.x + box.w ? box.x + box.w : x + u * 1.5, box.y],
    ]);
  }
  return field(box, ground) + path(up, a) + path(down, b);
};

/** Thin parallel stripes. */
function stripes(
  x: number,
  y: number,
  w: number,
  colours: readonly string[],
  random: Random,
): [string, number] {
  let svg = "";
  let cursor = y;
  const count = random.int(2, 4);
  for (let i = 0; i < count; i++) {
    const h = random.range(4, 12);
    svg += `<rect x="${n(x)}" y="${n(cursor)}" width="${n(w)}" height="${n(h)}" fill="${random.pick(colours)}"/>`;
    cursor += h + random.range(3, 8);
  }
  return [svg, cursor - y];
}

const PAINTERS: readonly BandPainter[] = [diamonds, zigzag, chain, crosses, teeth];

/** A woven Central Highlands cloth: dark ground, red fields, white and yellow motifs, fringed end. */
export const brocadeWeaving: Motif = ({ random, palette }) => {
  const { base: ground, secondary: red, accents } = palette;
  const [white, yellow, extra] = accents;
  const w = random.range(600, 740);
  const x = 500 - w / 2;
  const top = random.range(70, 100);
  const bottom = random.range(830, 850);
  const fringe = random.range(45, 70);

  const half = (bottom - top) / 2;
  const centreH = random.range(90, 140);
  const centreTop = top + half - centreH / 2;
  const pickColours = (): readonly [string, string, string] =>
    random.pick([
      [red, white, yellow],
      [ground, white, red],
      [ground, yellow, white],
      [red, yellow, ground],
      [ground, red, extra],
    ] as const);

  // The upper half band by band; the lower half mirrors it around the centre band.
  let upper = "";
  let y = top + random.range(10, 24);
  while (y < centreTop - 30) {
    const room = centreTop - 10 - y;
    const roll = random.next();
    if (roll < 0.25) {
      y += Math.min(room, random.range(12, 36));
    } else if (roll < 0.5) {
      const [svg, h] = stripes(x, y, w, [red, red, white, yellow], random);
      if (h > room) break;
      upper += svg;
      y += h + 6;
    } else {
      const h = Math.min(room, random.range(36, 70));
      if (h < 24) break;
      upper += random.pick(PAINTERS)({ x, y, w, h }, pickColours(), random);
      y += h + 6;
    }
  }
  const centre = random.pick(PAINTERS);
  let cloth = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(bottom - top)}" fill="${ground}"/>`;
  cloth += `<g id="upper">${upper}</g><use href="#upper" transform="matrix(1 0 0 -1 0 ${n(2 * (top + half))})"/>`;
  cloth += field({ x, y: centreTop - 8, w, h: centreH + 16 }, red);
  cloth += centre({ x, y: centreTop, w, h: centreH }, [ground, white, yellow], random);

  // Selvedge lines along both edges.
  cloth += `<path d="M${n(x + 8)} ${n(top)}V${n(bottom)}M${n(x + w - 8)} ${n(top)}V${n(bottom)}" stroke="${red}" stroke-width="5"/>`;

  let threads = "";
  let redThreads = "";
  for (let tx = x + 4; tx < x + w - 2; tx += 7) {
    const len = fringe * random.range(0.8, 1.1);
    const d = `M${n(tx)} ${n(bottom)}l${n(random.range(-4, 4))} ${n(len)}`;
    if (random.chance(0.35)) redThreads += d;
    else threads += d;
  }

  const folds = linearGradient(
    "folds",
    [
      [0, "#000", 0.25],
      [0.18, "#fff", 0.06],
      [0.45, "#000", 0.12],
      [0.7, "#fff", 0.08],
      [1, "#000", 0.28],
    ],
    [0, 0, 1, 0],
  );
  const clipped = `<clipPath id="cloth"><rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(bottom - top)}"/></clipPath>`;
  return (
    studioBackdrop(palette.backdrop, 900) +
    floorShadow(500, bottom + fringe + 10, w * 0.6, 40) +
    dropShadow(x, top, w, bottom - top) +
    `<defs>${folds}${clipped}</defs>` +
    `<g clip-path="url(#cloth)">${cloth}</g>` +
    `<path d="${threads}" stroke="${shade(ground, 0.1)}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="${redThreads}" stroke="${red}" stroke-width="3" stroke-linecap="round"/>` +
    `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(bottom - top)}" fill="url(#folds)"/>`
  );
};
