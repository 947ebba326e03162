import { shade } from "../palettes";
import { type Motif, type Point, floorShadow, linearGradient, n, polyline, studioBackdrop } from "./motif";

/**
 * One tile of a twill weave: `period` × `period` cells of `cell` px where a horizontal strand
 * (weft, colour `weft`) or a vertical one (warp, colour `warp`) lies on top.
 */
function twillTile(id: string, cell: number, period: number, weft: string, warp: string): string {
  // Several periods per tile: the renderer draws a pattern tile by tile, so fewer, larger tiles are faster.
  const cells = period * Math.max(1, Math.ceil(160 / (cell * period)));
  const tile = cell * cells;
  let over = "";
  let under = "";
  let edges = "";
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      const x = col * cell;
      const y = row * cell;
      const weftOnTop = (col + row) % period < period / 2;
      const rect = `M${n(x)} ${n(y)}h${n(cell)}v${n(cell)}h${n(-cell)}Z`;
      if (weftOnTop) {
        over += rect;
        edges += `M${n(x)} ${n(y + cell - 1)}h${n(cell)}`;
      } else {
        under += rect;
        edges += `M${n(x + cell - 1)} ${n(y)}v${n(cell)}`;
      }
    }
  }
  return (
    `<pattern id="${id}" width="${n(tile)}" height="${n(tile)}" patternUnits="userSpaceOnUse">` +
    `<path d="${over}" fill="${weft}"/><path d="${under}" fill="${warp}"/>` +
    `<path d="${edges}" stroke="#000" stroke-opacity=".28" stroke-width="2"/></pattern>`
  );
}

/** A gùi, the Central Highlands back-basket: tapering twill body, dyed band, rattan hoops, wooden feet. */
export const basketry: Motif = ({ random, palette }) => {
  const { base: rattan, secondary: bamboo, accents } = palette;
  const [dye, strap, binding] = accents;
  const floorY = 860;
  const top = random.range(170, 230);
  const bottom = random.range(770, 800);
  const topW = random.range(500, 620);
  const bottomW = topW * random.range(0.5, 0.72);
  const bulge = random.range(-30, 40);
  const mouthRy = random.range(26, 40);
  const [b0, b1] = [500 - bottomW / 2, 500 + bottomW / 2];
  const sag = mouthRy * 1.2;
  // Half-width of the body at height y: a taper with a bulge, sampled so bands and hoops share the outline.
  const halfWidthAt = (y: number): number => {
    const t = (y - top) / (bottom - top);
    return (topW / 2) * (1 - t) + (bottomW / 2) * t + bulge * Math.sin(Math.PI * t) * 0.7;
  };
  const side = (from: number, to: number): Point[] =>
    Array.from({ length: 17 }, (_, i) => {
      const y = from + ((to - from) * i) / 16;
      return [500 + halfWidthAt(y), y];
    });
  // A slice of the body between two heights, its edges curved like the hoops (seen from slightly above).
  const slice = (from: number, to: number, topSag = sag): string => {
    const right = side(from, to);
    const left = right.map(([x, y]): Point => [1000 - x, y]).reverse();
    return (
      `M${n(1000 - right[0][0])} ${n(from)}Q500 ${n(from + topSag * 2)} ${polyline(right).slice(1)}` +
      `Q500 ${n(to + sag * 2)} ${polyline(left).slice(1)}Z`
    );
  };
  const body = slice(top, bottom, 0);
  const cell = random.range(12, 20);
  const period = random.pick([2, 4, 4, 6]);
  const defs =
    twillTile("weave", cell, period, shade(rattan, 0.08), bamboo) +
    twillTile("dyed", cell, period, dye, shade(rattan, -0.05)) +
    linearGradient("round", [
      [0, "#000", 0.45],
      [0.25, "#000", 0.05],
      [0.4, "#fff", 0.18],
      [0.6, "#000", 0],
      [1, "#000", 0.5],
    ]) +
    "";

  // A rattan hoop lashed round the body: a thin slice in the binding colour.
  const hoop = (y: number, width: number, colour: string): string =>
    `<path d="${slice(y - width / 2, y + width / 2)}" fill="${colour}"/>`;
  let bands = "";
  const bandCount = random.int(1, 2);
  for (let i = 0; i < bandCount; i++) {
    const y = top + (bottom - top) * random.range(0.22 + i * 0.3, 0.38 + i * 0.3);
    const h = random.range(50, 110);
    bands += `<path d="${slice(y, y + h)}" fill="url(#dyed)"/>`;
    bands += hoop(y, 8, shade(binding, -0.3)) + hoop(y + h, 8, shade(binding, -0.3));
  }
  let hoops = "";
  const hoopCount = random.int(2, 4);
  for (let i = 1; i <= hoopCount; i++) {
    hoops += hoop(
      top + ((bottom - top) * i) / (hoopCount + 1) + random.range(-15, 15),
      12,
      shade(binding, -0.1),
    );
  }

  // Shoulder straps of bark cloth, from the rim down to the base (the side a carrier's back touches).
  const straps = [-1, 1]
    .map((dir) => {
      const xt = 500 + dir * topW * 0.2;
      const xb = 500 + dir * bottomW * 0.28;
      const y0 = top + mouthRy * 0.8;
      const y1 = bottom - 20;
      return `<path d="M${n(xt)} ${n(y0)}C${n(xt + dir * 60)} ${n(y0 + 180)} ${n(xb + dir * 50)} ${n(y1 - 160)} ${n(xb)} ${n(y1)}" fill="none" stroke="${strap}" stroke-width="26" stroke-linecap="round"/>`;
    })
    .join("");

  const useStraps = random.chance(0.5);
  const legs = [b0 + 18, b1 - 18]
    .map(
      (x) =>
        `<rect x="${n(x - 11)}" y="${n(bottom - 40)}" width="22" height="${n(floorY - bottom + 40)}" rx="5" fill="${shade(bamboo, -0.4)}"/>`,
    )
    .join("");

  // Rim: the dark mouth, a thick wrapped rattan ring and its binding stitches.
  const wraps = Array.from({ length: 24 }, (_, i) => {
    const a = Math.PI * (i / 23);
    const x = 500 - Math.cos(a) * (topW / 2);
    const y = top + Math.sin(a) * mouthRy;
    return `M${n(x - 5)} ${n(y - 10)}l10 20`;
  }).join("");

  return (
    studioBackdrop(palette.backdrop, floorY) +
    floorShadow(500, floorY + 4, bottomW * 0.85, 28, 0.45) +
    `<defs>${defs}</defs>` +
    legs +
    `<path d="${body}" fill="url(#weave)"/>${bands}${hoops}${useStraps ? straps : ""}<path d="${body}" fill="url(#round)"/>` +
    `<ellipse cx="500" cy="${n(top)}" rx="${n(topW / 2 - 6)}" ry="${n(mouthRy - 4)}" fill="${shade(bamboo, -0.55)}"/>` +
    `<ellipse cx="500" cy="${n(top)}" rx="${n(topW / 2)}" ry="${n(mouthRy)}" fill="none" stroke="${binding}" stroke-width="16"/>` +
    `<path d="${wraps}" stroke="${shade(binding, -0.35)}" stroke-width="4"/>`
  );
};
