import type { Random } from "../random";
import { shade } from "../palettes";
import { type Motif, type Point, n, polyline, studioBackdrop } from "./motif";

/** A bead: centre, radius and index into the bead colours. */
type Bead = readonly [number, number, number, number];

/** Circles as one path (one fill for hundreds of beads keeps rendering fast). */
function circles(beads: readonly Bead[], scale: number, dx: number, dy: number): string {
  return beads
    .map(([x, y, r]) => {
      const radius = r * scale;
      const cx = x + dx * r;
      const cy = y + dy * r;
      return `M${n(cx - radius)} ${n(cy)}a${n(radius)} ${n(radius)} 0 1 0 ${n(radius * 2)} 0a${n(radius)} ${n(radius)} 0 1 0 ${n(-radius * 2)} 0`;
    })
    .join("");
}

/** Glassy beads of one colour: a dark body, the lit colour up-left of it and a small highlight. */
function beadLayer(beads: readonly Bead[], colour: string): string {
  if (beads.length === 0) return "";
  return (
    `<path d="${circles(beads, 1, 0, 0)}" fill="${shade(colour, -0.45)}"/>` +
    `<path d="${circles(beads, 0.84, -0.1, -0.1)}" fill="${colour}"/>` +
    `<path d="${circles(beads, 0.18, -0.38, -0.38)}" fill="#fff" fill-opacity=".75"/>`
  );
}

/** Points `step` apart along a polyline sampled densely from `curve(t)`, t in [0, 1]. */
function alongCurve(curve: (t: number) => Point, step: number): Point[] {
  const samples = Array.from({ length: 400 }, (_, i) => curve(i / 399));
  const out: Point[] = [samples[0]];
  let need = step;
  for (let i = 1; i < samples.length; i++) {
    const [ax, ay] = samples[i - 1];
    const [bx, by] = samples[i];
    const length = Math.hypot(bx - ax, by - ay);
    let at = 0;
    while (length - at >= need) {
      at += need;
      need = step;
      out.push([ax + ((bx - ax) * at) / length, ay + ((by - ay) * at) / length]);
    }
    need -= length - at;
  }
  return out;
}

/** A multi-strand collar: nested hanging strands with runs of colour and a pendant drop. */
function necklace(random: Random, colours: number): { beads: Bead[]; strings: string } {
  const beads: Bead[] = [];
  let strings = "";
  const strands = random.int(3, 5);
  const r = random.range(13, 17);
  const top = random.range(190, 230);
  const order = shuffled(random, colours);
  const run = random.int(3, 6);
  for (let k = 0; k < strands; k++) {
    const half = 220 + k * (2 * r + 6);
    const sag = 360 + k * (2 * r + 6);
    const curve = (t: number): Point => [
      500 - half * Math.cos(Math.PI * t),
      top + sag * Math.sin(Math.PI * t),
    ];
    const points = alongCurve(curve, 2 * r + 1.5);
    strings += polyline([[500 - half * 0.6, 40], points[0]]);
    strings += polyline([points[points.length - 1], [500 + half * 0.6, 40]]);
    const mid = (points.length - 1) / 2;
    const main = order[k % 2];
    points.forEach(([x, y], i) => {
      // Runs of the strand's colour, split by a pair of accent beads; symmetric about the centre.
      const step = Math.round(Math.abs(i - mid)) % (run + 2);
      const colour = step < run ? main : order[2 + ((k + step) % (colours - 2))];
      beads.push([x, y, r, colour]);
    });
  }
  // A drop of larger beads under the innermost strand.
  const lowest = top + 360 + r;
  for (let i = 1; i <= random.int(2, 4); i++) {
    beads.push([500, lowest + i * (2 * r + 6), r * (1.1 + i * 0.12), order[(i + 1) % colours]]);
  }
  return { beads, strings };
}

/** The indices 0..count-1 in a seeded random order. */
function shuffled(random: Random, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** A beaded fringe: strands hanging from a cord, coloured so a diamond figure appears across them. */
function fringe(random: Random, colours: number): { beads: Bead[]; strings: string } {
  const beads: Bead[] = [];
  const count = random.int(11, 15);
  const r = random.range(12, 15);
  const pitch = 2 * r + random.range(6, 12);
  const width = (count - 1) * pitch;
  const x0 = 500 - width / 2;
  const top = random.range(170, 210);
  const rows = random.int(17, 21);
  const period = random.int(7, 10);
  const [field, figure, edge] = shuffled(random, colours);
  let strings = `M${n(x0 - 60)} ${n(top - 30)}H${n(x0 + width + 60)}`;
  for (let s = 0; s < count; s++) {
    const x = x0 + s * pitch;
    const length = rows - Math.round(Math.abs(s - (count - 1) / 2) * random.range(0, 0.5));
    strings += `M${n(x)} ${n(top - 30)}V${n(top + length * (2 * r + 1))}`;
    for (let j = 0; j < length; j++) {
      const distance = Math.abs(s - (count - 1) / 2) + Math.abs((j % period) - period / 2);
      const colour = distance < period / 2 - 1 ? figure : distance < period / 2 + 0.5 ? edge : field;
      beads.push([x, top + j * (2 * r + 1), r, colour]);
    }
  }
  return { beads, strings };
}

/** Strands of round glass beads on a cord, in a collar or a fringe, with highland colour blocks. */
export const beadwork: Motif = ({ random, palette }) => {
  const colours = [palette.secondary, ...palette.accents];
  const { beads, strings } = random.chance(0.5)
    ? necklace(random, colours.length)
    : fringe(random, colours.length);
  return (
    studioBackdrop(palette.backdrop, 1000) +
    `<path d="${strings}" fill="none" stroke="#000" stroke-opacity=".15" stroke-width="4" transform="translate(6 8)"/>` +
    `<path d="${circles(beads, 1, 0.5, 0.7)}" fill="#000" fill-opacity=".2"/>` +
    `<path d="${strings}" fill="none" stroke="${palette.base}" stroke-width="4"/>` +
    colours
      .map((colour, i) =>
        beadLayer(
          beads.filter((bead) => bead[3] === i),
          colour,
        ),
      )
      .join("")
  );
};
