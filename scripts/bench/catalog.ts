/**
 * `npm run bench:catalog`: store product-list latency (p50/p95) and throughput with 20 concurrent
 * clients, on the demo catalogue and after adding 10,000 generated products, and the Medusa server's
 * memory under that load. Starts its own stack in a temporary folder. Prints a Markdown table.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startTestStack } from "../../tests/harness/test-stack.ts";
import { MEDUSA_BUILD_DIR, MEDUSA_CLI } from "../stack/paths.ts";
import { processesMentioning, treeRss } from "../stack/process-tree.ts";
import { percentile } from "./stats.ts";

const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const GENERATED = Number(process.env.BENCH_PRODUCTS ?? 10000);
const rows: string[][] = [];

async function load(label: string, url: string, key: string, medusaPort: string): Promise<void> {
  const headers = { "x-publishable-api-key": key, "accept-encoding": "identity" };
  const times: number[] = [];
  let errors = 0;
  let peakRss = 0;
  const pids = processesMentioning(`--port\u0000${medusaPort}`);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, ...pids.map((pid) => treeRss(pid)));
  }, 500);
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      let page = client;
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          const response = await fetch(`${url}&offset=${(page++ % 5) * 24}`, { headers });
          await response.arrayBuffer();
          times.push(performance.now() - t0);
          if (!response.ok) errors++;
        } catch (error) {
          if (!errors++) console.error(`${label}: ${String(error)} (${String((error as Error).cause)})`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    }),
  );
  clearInterval(sampler);
  const elapsed = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  rows.push([
    label,
    `${percentile(times, 0.5).toFixed(0)} ms`,
    `${percentile(times, 0.95).toFixed(0)} ms`,
    `${(times.length / elapsed).toFixed(1)} req/s`,
    String(errors),
    `${(peakRss / 1024 ** 2).toFixed(0)} MiB`,
  ]);
  console.log(`| ${rows.at(-1)?.join(" | ")} |`);
}

const { info, dispose } = await startTestStack();
try {
  const port = new URL(info.medusa).port;
  const regions = await fetch(`${info.medusa}/store/regions`, {
    headers: { "x-publishable-api-key": info.publishableKey },
  }).then((response) => response.json() as Promise<{ regions: { id: string; currency_code: string }[] }>);
  const vnd = regions.regions.find((region) => region.currency_code === "vnd")?.id;
  const list = `${info.medusa}/store/catalog/products?region_id=${vnd}&limit=24`;
  await load("demo catalogue, all products", list, info.publishableKey, port);
  await load("demo catalogue, craft filter", `${list}&craft=basketry`, info.publishableKey, port);

  console.log(`Generating ${GENERATED} products…`);
  const t0 = Date.now();
  execFileSync(process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/bench-products.js"], {
    cwd: MEDUSA_BUILD_DIR,
    env: { ...process.env, ...info.medusaEnv, BENCH_PRODUCTS: String(GENERATED) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  console.log(`Generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await load(`+${GENERATED} products, all products`, list, info.publishableKey, port);
  await load(`+${GENERATED} products, craft filter`, `${list}&craft=basketry`, info.publishableKey, port);
  await load(
    `+${GENERATED} products, village filter`,
    `${list}&village=bench-village-3`,
    info.publishableKey,
    port,
  );
} finally {
  await dispose();
}

console.log(
  `\n${CLIENTS} concurrent clients, ${SECONDS} s each, GET /store/catalog/products (24 per page)\n`,
);
console.log("| catalogue | p50 | p95 | throughput | errors | Medusa server RSS (peak) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\nmachine: ${path.basename(process.execPath)} ${process.version}`);
