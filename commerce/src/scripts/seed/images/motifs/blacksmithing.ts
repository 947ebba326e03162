import type { Random } from "../random";
import { shade } from "../palettes";
import { type Motif, fraction, linearGradient, n } from "./motif";

/** A forged tool drawn horizontally around the origin: blade outline, handle span and blade length. */
interface Tool {
  blade: string;
  /** Handle from x = -length to x = 0, `width` thick, bent upwards by `bend` at its end. */
  handle: { length: number; width: number; bend: number };
  /** How far the blade reaches along x. */
  reach: number;
  /** The cutting edge faces -y (an axe bit) rather than +y. */
  edgeUp?: boolean;
  /** Local y of the tool's visual middle (an axe head rises well above its haft). */
  middleY?: number;
  /** Where hammer marks go: x range along the blade and y of the spine. */
  marks: { from: number; to: number; y: number };
}

/** Xà gạc: the long-handled highland machete whose blade ends in a forward hook. */
function machete(random: Random): Tool {
  const l = random.range(380, 450);
  const w = random.range(50, 64);
  const hook = random.range(40, 70);
  const blade =
    `M0 -14L${n(l * 0.7)} ${n(-w * 0.55)}Q${n(l)} ${n(-w * 0.7)} ${n(l + 30)} ${n(-w * 0.25 - hook)}` +
    `Q${n(l + 50)} ${n(-w * 0.1)} ${n(l - 10)} ${n(w * 0.55)}Q${n(l * 0.6)} ${n(w * 0.75)} 0 16Z`;
  return {
    blade,
    reach: l + 40,
    handle: { length: random.range(330, 400), width: 30, bend: random.range(40, 90) },
    marks: { from: 30, to: l * 0.7, y: -w * 0.32 },
  };
}

/** A working knife: straight spine, curved edge rising to the point. */
function knife(random: Random): Tool {
  const l = random.range(330, 400);
  const w = random.range(56, 72);
  const blade = `M0 -16L${n(l * 0.82)} ${n(-w * 0.5)}L${n(l)} ${n(-w * 0.42)}Q${n(l * 0.85)} ${n(w * 0.5)} ${n(l * 0.3)} ${n(w * 0.5)}L0 18Z`;
  return {
    blade,
    reach: l,
    handle: { length: random.range(210, 250), width: 40, bend: random.range(0, 16) },
    marks: { from: 20, to: l * 0.75, y: -w * 0.32 },
  };
}

/** An axe: the head sits across the end of the haft, its bit flaring up to a curved edge. */
function axe(random: Random): Tool {
  const l = random.range(200, 250);
  const flare = random.range(40, 70);
  const blade =
    `M-26 30L-26 -40Q-30 ${n(-l * 0.6)} ${n(-26 - flare)} ${n(-l)}` +
    `Q10 ${n(-l - 40)} ${n(36 + flare * 0.6)} ${n(-l + 10)}Q40 ${n(-l * 0.6)} 36 -40L36 30Z`;
  return {
    blade,
    reach: 40,
    edgeUp: true,
    middleY: -l * 0.4,
    handle: { length: random.range(480, 560), width: 38, bend: random.range(10, 30) },
    marks: { from: -20, to: 30, y: -60 },
  };
}

/** A forged blade on a dark anvil-side background, lit by the glow of the forge. */
export const blacksmithing: Motif = ({ random, palette }) => {
  const { backdrop, base: steel, secondary: forgeScale, accents } = palette;
  const [wood, ember, grey] = accents;
  const tool = random.pick([machete, machete, knife, axe])(random);
  const angle = random.range(-36, -18);
  const { length, width, bend } = tool.handle;
  const glowX = random.range(25, 75);

  const defs =
    `<radialGradient id="glow" cx="${n(glowX)}%" cy="100%" r="80%">` +
    `<stop offset="0%" stop-color="${ember}" stop-opacity=".55"/><stop offset="45%" stop-color="${ember}" stop-opacity=".12"/>` +
    `<stop offset="100%" stop-color="${backdrop}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="vignette" cx="50%" cy="45%" r="70%"><stop offset="60%" stop-color="#000" stop-opacity="0"/>` +
    `<stop offset="100%" stop-color="#000" stop-opacity=".6"/></radialGradient>` +
    linearGradient(
      "steel",
      [
        [0, shade(forgeScale, -0.5)],
        [0.3, forgeScale],
        [0.42, shade(steel, -0.1)],
        [0.62, shade(steel, 0.45)],
        [0.8, steel],
        [0.92, shade(steel, 0.7)],
        [1, shade(grey, -0.2)],
      ],
      tool.edgeUp ? [0, 1, 0, 0] : [0, 0, 0, 1],
    ) +
    linearGradient(
      "wood",
      [
        [0, shade(wood, 0.25)],
        [0.4, wood],
        [1, shade(wood, -0.55)],
      ],
      [0, 0, 0, 1],
    ) +
    linearGradient(
      "ferrule",
      [
        [0, shade(grey, -0.4)],
        [0.35, shade(grey, 0.5)],
        [1, shade(grey, -0.5)],
      ],
      [0, 0, 0, 1],
    );

  const h = width / 2;
  const handle =
    `M${n(-length)} ${n(-h - bend)}Q${n(-length * 0.45)} ${n(-h)} 0 ${n(-h)}` +
    `L0 ${n(h)}Q${n(-length * 0.45)} ${n(h)} ${n(-length)} ${n(h - bend)}` +
    `Q${n(-length - 18)} ${n(-bend)} ${n(-length)} ${n(-h - bend)}Z`;
  let marks = "";
  for (let i = 0; i < 18; i++) {
    const x = random.range(tool.marks.from, tool.marks.to);
    const y = tool.marks.y + random.range(-8, 8);
    marks += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(random.range(6, 14))}" ry="${n(random.range(3, 6))}"/>`;
  }
  const rings = [-24, -58]
    .map(
      (x) =>
        `<rect x="${n(x)}" y="${n(-h - 4)}" width="22" height="${n(width + 8)}" rx="4" fill="url(#ferrule)"/>`,
    )
    .join("");

  let sparks = "";
  for (let i = 0; i < 40; i++) {
    const x = glowX * 10 + random.range(-260, 260);
    const y = 1000 - Math.abs(random.range(0, 520) * random.next());
    sparks += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(random.range(1.5, 4.5))}" fill-opacity="${fraction(random.range(0.3, 0.9))}"/>`;
  }

  // Centre the whole tool (handle + blade) on the canvas before rotating it.
  const centre = (tool.reach - length) / 2;
  const scale = Math.min(1.25, 820 / (tool.reach + length));
  const place = `translate(500 ${n(random.range(470, 520))}) rotate(${n(angle)}) scale(${fraction(scale)}) translate(${n(-centre)} ${n(-(tool.middleY ?? 0))})`;
  const tool2 = `<path d="${handle}" fill="url(#wood)"/>${rings}<path d="${tool.blade}" fill="url(#steel)"/>`;
  return (
    `<defs>${defs}</defs>` +
    `<rect width="1000" height="1000" fill="${backdrop}"/>` +
    `<rect width="1000" height="1000" fill="url(#glow)"/>` +
    `<g fill="${shade(ember, 0.3)}">${sparks}</g>` +
    `<g transform="translate(18 26) ${place}" fill="#000" opacity=".5"><path d="${handle}"/><path d="${tool.blade}"/></g>` +
    `<g transform="${place}">${tool2}<g fill="#000" opacity=".22">${marks}</g>` +
    `<path d="${tool.blade}" fill="none" stroke="${shade(steel, 0.5)}" stroke-opacity=".35" stroke-width="2"/></g>` +
    `<rect width="1000" height="1000" fill="url(#vignette)"/>`
  );
};
