/**
 * `npm run bench:photos`: the photo pipeline (commerce/src/lib/photos/process-photo.ts) on a 12-megapixel
 * phone JPEG (4000 × 3000, EXIF orientation 6, generated here): the time to process one photo (median of
 * 5 after a warm-up) and the peak resident memory of a fresh process doing it, for WebP only (what the
 * routes write) and WebP + AVIF, and for two photos at once (the routes process at most two at a time).
 * Each case runs in its own child process so that its peak memory is its own. Prints Markdown tables.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { processPhoto, type ProcessPhotoOptions } from "../../commerce/src/lib/photos/process-photo.ts";
import { median } from "./stats.ts";

const WIDTH = 4000;
const HEIGHT = 3000;
const RUNS = 5;

interface CaseResult {
  label: string;
  medianMs: number;
  baselineMb: number;
  peakMb: number;
  outputs: string[];
}

/** A photo-like 12 MP JPEG: soft shapes and sensor-like noise, so it compresses like a real photo. */
async function phoneJpeg(): Promise<Buffer> {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const shapes = Array.from({ length: 160 }, () => {
    const [x, y, r] = [random() * WIDTH, random() * HEIGHT, 40 + random() * 600];
    const colour = `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 200)},${Math.floor(random() * 150)})`;
    return `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * (0.4 + random())}" fill="${colour}" opacity="0.55"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#c9a27a"/><stop offset="1" stop-color="#3d5a40"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}</svg>`;
  const noise = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 18 },
    },
  })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: "soft-light" }])
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: "Sample", Model: "Bench phone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "14/1 21/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

/** Child mode: processes the file RUNS times (after a warm-up) and prints one JSON line. */
async function child(file: string, formats: ProcessPhotoOptions["formats"], parallel: number): Promise<void> {
  const input = readFileSync(file);
  await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
    .webp()
    .toBuffer();
  const baselineMb = rssMb();
  const once = () => Promise.all(Array.from({ length: parallel }, () => processPhoto(input, { formats })));
  const [first] = await once(); // warm-up, and the files listed
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  const outputs = (first?.outputs ?? []).map(
    (output) =>
      `${output.format} ${output.width}×${output.height}: ${(output.data.length / 1024).toFixed(1)} KB`,
  );
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ medianMs: median(times), baselineMb, peakMb, outputs }));
}

function runCase(label: string, file: string, formats: string, parallel: number): CaseResult {
  const script = fileURLToPath(import.meta.url);
  const args = [
    "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON",
    script,
    "--child",
    file,
    formats,
    String(parallel),
  ];
  const result = spawnSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${label}: the child process failed (exit code ${result.status})`);
  const line = result.stdout.trim().split("\n").at(-1) ?? "{}";
  return { label, ...(JSON.parse(line) as Omit<CaseResult, "label">) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-bench-photos-"));
  try {
    const input = await phoneJpeg();
    const file = path.join(dir, "phone.jpg");
    writeFileSync(file, input);
    console.log(
      `Input: ${WIDTH} × ${HEIGHT} JPEG, ${(input.length / 1024 / 1024).toFixed(1)} MB, EXIF orientation 6 and GPS.\n`,
    );
    const results = [
      runCase("WebP 480/960/1600 + JPEG 960 (what the routes write)", file, "webp", 1),
      runCase("WebP + AVIF 480/960/1600 + JPEG 960", file, "webp,avif", 1),
      runCase("two photos at once, WebP + JPEG", file, "webp", 2),
    ];
    console.log("| case | time (median of 5) | process before | peak RSS | peak − before |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const r of results) {
      const row = [
        r.label,
        `${(r.medianMs / 1000).toFixed(2)} s`,
        `${r.baselineMb.toFixed(0)} MB`,
        `${r.peakMb.toFixed(0)} MB`,
        `${(r.peakMb - r.baselineMb).toFixed(0)} MB`,
      ];
      console.log(`| ${row.join(" | ")} |`);
    }
    console.log("\nFiles written (WebP + AVIF case):\n");
    for (const line of results[1]?.outputs ?? []) console.log(`- ${line}`);
    console.log(
      `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, file, formats, parallel] = process.argv.slice(2);
if (mode === "--child" && file && formats) {
  await child(file, formats.split(",") as ProcessPhotoOptions["formats"], Number(parallel ?? 1));
} else {
  await main();
}
