// Draws the sample pictures of the curated collections: a highland village landscape for every village
// (content/villages/images/<handle>.jpg) and a craft scene for every story
// (content/stories/images/<slug>.jpg, craft read from the story). Nothing is downloaded; the same
// input gives the same picture. Each carries a "MẪU · SAMPLE" label.
//   node content/render-sample-images.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";
import { parseFrontmatter } from "astro/markdown";
import { villageFixtures } from "../commerce/src/scripts/seed/fixtures/villages.ts";

const WIDTH = 1600;
const HEIGHT = 900;
const MAX_BYTES = 150_000;
const here = new URL("./", import.meta.url);

/** A small deterministic generator (mulberry32) seeded from a string. */
function createRandom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKIES = [
  ["#f6d8a8", "#f3b27a", "#9fc3d6"],
  ["#cfe6f2", "#a9d0e6", "#eaf4f7"],
  ["#f4c9a0", "#e79b7a", "#b9c7d9"],
  ["#d9ecf0", "#b6dbe3", "#f1e7cf"],
];
const HILLS = [
  ["#9bb8a8", "#6f9a80", "#3f6f55"],
  ["#a9b9c9", "#7896a8", "#46697a"],
  ["#b4c49a", "#7f9d62", "#4d6e3b"],
];

function ridge(random: () => number, baseY: number, amplitude: number): string {
  const points: string[] = [`M0 ${HEIGHT}`];
  for (let x = 0; x <= WIDTH; x += 80) {
    const y = baseY - amplitude * (0.5 + 0.5 * Math.sin(x / 260 + random() * 2)) - random() * amplitude * 0.4;
    points.push(`L${x} ${y.toFixed(1)}`);
  }
  return points.join(" ") + ` L${WIDTH} ${HEIGHT} Z`;
}

/** A communal house (nhà rông): a tall, blade-shaped roof on stilts. */
function communalHouse(x: number, ground: number, scale: number): string {
  const s = (n: number) => (n * scale).toFixed(1);
  const roofTop = ground - 330 * scale;
  const eave = ground - 110 * scale;
  return (
    `<g>` +
    [-50, -20, 20, 50]
      .map(
        (dx) =>
          `<rect x="${x + dx * scale - 4 * scale}" y="${eave}" width="${s(8)}" height="${s(110)}" fill="#4a3425"/>`,
      )
      .join("") +
    `<rect x="${x - 70 * scale}" y="${eave - 10 * scale}" width="${s(140)}" height="${s(16)}" fill="#5b3f2c"/>` +
    `<path d="M${x - 95 * scale} ${eave} Q${x - 40 * scale} ${eave - 120 * scale} ${x - 18 * scale} ${roofTop} ` +
    `L${x + 18 * scale} ${roofTop} Q${x + 40 * scale} ${eave - 120 * scale} ${x + 95 * scale} ${eave} Z" fill="#7a5a3a"/>` +
    `<path d="M${x - 18 * scale} ${roofTop} L${x} ${roofTop - 28 * scale} L${x + 18 * scale} ${roofTop} Z" fill="#5b3f2c"/>` +
    `</g>`
  );
}

/** A small house on stilts. */
function stiltHouse(x: number, ground: number, scale: number, roof: string): string {
  const w = 120 * scale;
  const floor = ground - 45 * scale;
  return (
    [0.1, 0.5, 0.9]
      .map(
        (f) =>
          `<rect x="${x + w * f - 3 * scale}" y="${floor}" width="${6 * scale}" height="${45 * scale}" fill="#4a3425"/>`,
      )
      .join("") +
    `<rect x="${x}" y="${floor - 45 * scale}" width="${w}" height="${45 * scale}" fill="#a07b55"/>` +
    `<path d="M${x - 15 * scale} ${floor - 40 * scale} L${x + w / 2} ${floor - 105 * scale} L${x + w + 15 * scale} ${floor - 40 * scale} Z" fill="${roof}"/>`
  );
}

function tree(x: number, ground: number, scale: number, color: string): string {
  return (
    `<rect x="${x - 4 * scale}" y="${ground - 60 * scale}" width="${8 * scale}" height="${60 * scale}" fill="#4a3425"/>` +
    `<ellipse cx="${x}" cy="${ground - 85 * scale}" rx="${38 * scale}" ry="${48 * scale}" fill="${color}"/>`
  );
}

/** A woven band of diamonds along the bottom edge, the colours of the region's brocade. */
function brocadeBand(y: number, height: number, colors: string[]): string {
  let band = `<rect x="0" y="${y}" width="${WIDTH}" height="${height}" fill="${colors[0]}"/>`;
  const step = height * 1.2;
  for (let x = 0; x < WIDTH + step; x += step) {
    const mid = y + height / 2;
    band += `<path d="M${x} ${mid} L${x + step / 2} ${y + 4} L${x + step} ${mid} L${x + step / 2} ${y + height - 4} Z" fill="${colors[1]}"/>`;
    band += `<circle cx="${x + step / 2}" cy="${mid}" r="${height / 8}" fill="${colors[2]}"/>`;
  }
  return band;
}

function label(): string {
  const text = "MẪU · SAMPLE";
  const fontSize = 30;
  const width = text.length * fontSize * 0.68 + 36;
  const height = fontSize + 20;
  const x = WIDTH - 32 - width;
  const y = 32;
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="#000" opacity=".45"/>` +
    `<text x="${x + width / 2}" y="${y + height / 2 + fontSize * 0.36}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" ` +
    `font-size="${fontSize}" letter-spacing="2" fill="#fff">${text}</text>`
  );
}

/** The landscape every picture starts from: sky, sun, three ridges, optionally a river. */
function landscape(random: () => number, river: boolean): { svg: string; ground: number } {
  const sky = SKIES[Math.floor(random() * SKIES.length)]!;
  const hills = HILLS[Math.floor(random() * HILLS.length)]!;
  const ground = 700;
  let svg =
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${sky[2]}"/><stop offset=".6" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/>` +
    `</linearGradient></defs><rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    `<circle cx="${300 + random() * 1000}" cy="${170 + random() * 120}" r="${50 + random() * 30}" fill="#fff3d6" opacity=".85"/>`;
  svg += `<path d="${ridge(random, 430, 140)}" fill="${hills[0]}"/>`;
  svg += `<path d="${ridge(random, 540, 110)}" fill="${hills[1]}"/>`;
  svg += `<path d="${ridge(random, 640, 70)}" fill="${hills[2]}"/>`;
  svg += `<rect x="0" y="${ground}" width="${WIDTH}" height="${HEIGHT - ground}" fill="#8a9a55"/>`;
  if (river) {
    svg += `<path d="M0 ${ground + 60} C400 ${ground + 20} 900 ${ground + 130} ${WIDTH} ${ground + 70} L${WIDTH} ${ground + 120} C900 ${ground + 180} 400 ${ground + 70} 0 ${ground + 110} Z" fill="#7fb2c4"/>`;
  }
  return { svg, ground };
}

/** Groups whose villages are known for a communal house; others get a larger stilt house instead. */
const COMMUNAL_HOUSE_GROUPS = new Set(["ba-na", "xo-dang", "gie-trieng"]);

function villageSvg(handle: string, river: boolean, communal: boolean): string {
  const random = createRandom(handle);
  const { svg, ground } = landscape(random, river);
  let scene = svg;
  const houseX = 260 + random() * 900;
  for (let i = 0; i < 5; i += 1) {
    const x = 80 + i * 300 + random() * 120;
    if (Math.abs(x - houseX) > 160) scene += stiltHouse(x, ground + 10, 0.8 + random() * 0.3, "#8c6b43");
  }
  scene += communal
    ? communalHouse(houseX, ground + 20, 1.05)
    : stiltHouse(houseX - 80, ground + 20, 1.4, "#7a5a3a");
  for (let i = 0; i < 6; i += 1)
    scene += tree(40 + random() * (WIDTH - 80), ground + 30, 0.8 + random() * 0.5, "#3f6f45");
  scene += brocadeBand(HEIGHT - 60, 60, ["#1e1a1a", "#b3261e", "#f2e6c9"]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">${scene}${label()}</svg>`;
}

/** A large emblem of the craft in front of the landscape. */
function craftEmblem(craft: string, cx: number, ground: number): string {
  switch (craft) {
    case "brocade-weaving":
      return `<g clip-path="url(#cloth)">${[0, 1, 2, 3, 4]
        .map((row) =>
          brocadeBand(
            ground - 330 + row * 66,
            60,
            row % 2 ? ["#1e1a1a", "#f2e6c9", "#b3261e"] : ["#2a3a6b", "#b3261e", "#f2c94c"],
          ),
        )
        .join("")}</g>`;
    case "basketry": {
      let gui = `<path d="M${cx - 130} ${ground - 360} L${cx + 130} ${ground - 360} L${cx + 70} ${ground - 20} L${cx - 70} ${ground - 20} Z" fill="#c9a26b"/>`;
      for (let y = ground - 340; y < ground - 30; y += 22)
        gui += `<line x1="${cx - 140}" y1="${y}" x2="${cx + 140}" y2="${y}" stroke="#8c6b43" stroke-width="6"/>`;
      for (let x = cx - 120; x <= cx + 120; x += 30)
        gui += `<line x1="${x}" y1="${ground - 360}" x2="${cx + (x - cx) * 0.55}" y2="${ground - 20}" stroke="#a8834f" stroke-width="5"/>`;
      return `${gui}<rect x="${cx - 140}" y="${ground - 372}" width="280" height="18" rx="8" fill="#6e5233"/>`;
    }
    case "wood-carving":
      return (
        `<rect x="${cx - 60}" y="${ground - 40}" width="120" height="40" fill="#5b3f2c"/>` +
        `<path d="M${cx - 45} ${ground - 40} L${cx - 40} ${ground - 220} L${cx + 40} ${ground - 220} L${cx + 45} ${ground - 40} Z" fill="#8a6440"/>` +
        `<ellipse cx="${cx}" cy="${ground - 270}" rx="48" ry="58" fill="#8a6440"/>` +
        `<path d="M${cx - 40} ${ground - 190} L${cx - 75} ${ground - 120} M${cx + 40} ${ground - 190} L${cx + 75} ${ground - 120}" stroke="#8a6440" stroke-width="22" stroke-linecap="round"/>` +
        `<circle cx="${cx - 16}" cy="${ground - 278}" r="6" fill="#3b2a1c"/><circle cx="${cx + 16}" cy="${ground - 278}" r="6" fill="#3b2a1c"/>`
      );
    case "musical-instruments": {
      let music = "";
      [-220, 0, 220].forEach((dx, i) => {
        const r = 110 - i * 20;
        music +=
          `<circle cx="${cx + dx}" cy="${ground - 250}" r="${r}" fill="#b8862b"/>` +
          `<circle cx="${cx + dx}" cy="${ground - 250}" r="${r * 0.7}" fill="#d4a640"/>` +
          `<circle cx="${cx + dx}" cy="${ground - 250}" r="${r * 0.22}" fill="#8c6420"/>`;
      });
      for (let i = 0; i < 9; i += 1)
        music += `<rect x="${cx - 260 + i * 58}" y="${ground - 110 + (i % 3) * 8}" width="40" height="${90 - i * 6}" rx="6" fill="#c8b26a" stroke="#8a7a3e" stroke-width="4"/>`;
      return music;
    }
    case "blacksmithing":
      return (
        `<path d="M${cx - 160} ${ground - 60} L${cx + 160} ${ground - 60} L${cx + 110} ${ground - 130} L${cx - 110} ${ground - 130} Z" fill="#3d3d42"/>` +
        `<rect x="${cx - 50}" y="${ground - 60}" width="100" height="60" fill="#2e2e33"/>` +
        `<path d="M${cx - 40} ${ground - 290} Q${cx + 120} ${ground - 330} ${cx + 200} ${ground - 250} L${cx - 40} ${ground - 240} Z" fill="#b9bcc2"/>` +
        `<rect x="${cx - 170}" y="${ground - 282}" width="140" height="34" rx="10" fill="#6e5233"/>` +
        [0, 1, 2, 3, 4, 5]
          .map(
            (i) =>
              `<circle cx="${cx - 40 + i * 25}" cy="${ground - 160 - (i % 3) * 18}" r="6" fill="#f2a93b"/>`,
          )
          .join("")
      );
    default:
      return "";
  }
}

function storySvg(slug: string, craft: string, communal: boolean): string {
  const random = createRandom(slug);
  const { svg, ground } = landscape(random, false);
  const cx = WIDTH / 2;
  const cloth = `<defs><clipPath id="cloth"><rect x="${cx - 420}" y="0" width="840" height="${HEIGHT}"/></clipPath></defs>`;
  let scene = svg + cloth;
  const houseX = 180 + random() * 120;
  scene += communal
    ? communalHouse(houseX, ground + 20, 0.7)
    : stiltHouse(houseX - 60, ground + 20, 1, "#7a5a3a");
  scene += tree(WIDTH - 160, ground + 30, 1, "#3f6f45");
  scene += craftEmblem(craft, cx, ground + 80);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">${scene}${label()}</svg>`;
}

async function write(svg: string, path: URL): Promise<void> {
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  if (jpeg.length > MAX_BYTES)
    throw new Error(`${path.pathname} is ${jpeg.length} bytes, more than ${MAX_BYTES}`);
  writeFileSync(path, jpeg);
  console.log(`${path.pathname.replace(here.pathname, "content/")}  ${Math.round(jpeg.length / 1000)} kB`);
}

for (const village of villageFixtures) {
  const river = village.area.en.includes("river");
  const communal = COMMUNAL_HOUSE_GROUPS.has(village.ethnicGroup);
  await write(
    villageSvg(village.handle, river, communal),
    new URL(`villages/images/${village.handle}.jpg`, here),
  );
}

const stories = new URL("stories/vi/", here);
for (const file of readdirSync(stories).filter((name) => name.endsWith(".mdx"))) {
  const { frontmatter } = parseFrontmatter(readFileSync(new URL(file, stories), "utf8"));
  const slug = file.replace(/\.mdx$/, "");
  const village = villageFixtures.find((candidate) => candidate.handle === frontmatter.village);
  const communal = COMMUNAL_HOUSE_GROUPS.has(village?.ethnicGroup ?? "");
  await write(
    storySvg(slug, String(frontmatter.craft), communal),
    new URL(`stories/images/${slug}.jpg`, here),
  );
}
