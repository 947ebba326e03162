/**
 * `npm run bench:product-ttfb [-- <storefront URL> | --test-stack]`: time to first byte of product
 * pages with 20 concurrent clients for BENCH_SECONDS (30 by default). Each client walks through the
 * catalogue's product handles (newest 64) so the page is rendered on the server each time (the Node
 * server has no cache; a CDN would serve repeats for s-maxage). TTFB is measured as the time until the
 * response headers arrive (Astro sends them once the page's data is loaded, then streams the body).
 */
import os from "node:os";
import { percentile } from "./stats.ts";
import { productHandles, resolveTarget } from "./storefront-target.ts";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

interface LoadResult {
  ttfb: number[];
  total: number[];
  statuses: Map<number, number>;
  errors: number;
  elapsed: number;
}

/** `CLIENTS` clients request `urls` back to back, round robin, until the time is up. */
async function load(urls: readonly string[]): Promise<LoadResult> {
  const result: LoadResult = { ttfb: [], total: [], statuses: new Map(), errors: 0, elapsed: 0 };
  const deadline = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let next = client; Date.now() < deadline; next++) {
        const t0 = performance.now();
        try {
          const response = await fetch(urls[next % urls.length] ?? "", {
            headers: { "accept-encoding": "identity" },
          });
          const t1 = performance.now();
          await response.arrayBuffer();
          result.ttfb.push(t1 - t0);
          result.total.push(performance.now() - t0);
          result.statuses.set(response.status, (result.statuses.get(response.status) ?? 0) + 1);
        } catch (error) {
          if (!result.errors++) console.error(`${String(error)} (${String((error as Error).cause)})`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    }),
  );
  result.elapsed = (performance.now() - started) / 1000;
  return result;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const target = await resolveTarget();
try {
  const handles = await productHandles(target, 64);
  const urls = handles.map((handle) => `${target.storefront}/products/${handle}/`);
  console.log(`${urls.length} product pages, ${CLIENTS} clients, ${SECONDS} s, ${target.label}`);
  // One request first, so the server's lazy start-up (module loading) is not in the numbers.
  await fetch(urls[0] ?? "").then((response) => response.arrayBuffer());
  const result = await load(urls);
  const ttfb = [...result.ttfb].sort((a, b) => a - b);
  const total = [...result.total].sort((a, b) => a - b);
  const statuses = [...result.statuses].map(([status, count]) => `${count}× ${status}`).join(", ");
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${cpu}), Node ${process.version}\n`,
  );
  console.log("| measure | p50 | p95 | max |\n| --- | --- | --- | --- |");
  console.log(
    `| time to first byte | ${ms(percentile(ttfb, 0.5))} | ${ms(percentile(ttfb, 0.95))} | ${ms(ttfb.at(-1) ?? 0)} |`,
  );
  console.log(
    `| whole page | ${ms(percentile(total, 0.5))} | ${ms(percentile(total, 0.95))} | ${ms(total.at(-1) ?? 0)} |`,
  );
  console.log(
    `\n${(ttfb.length / result.elapsed).toFixed(1)} requests/s; responses: ${statuses || "none"}; network errors: ${result.errors}`,
  );
  const notOk = [...result.statuses].filter(([status]) => status !== 200);
  if (notOk.length > 0) {
    console.log("\nWARNING: some answers were not 200: these are not all product pages' numbers.");
    process.exitCode = 1;
  }
} finally {
  await target.dispose();
}
