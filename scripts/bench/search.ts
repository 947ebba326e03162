/**
 * `npm run bench:search`: with 20,000 generated products (BENCH_PRODUCTS), the time of a full search
 * rebuild (`npm run search:rebuild`'s code: both product indexes through Medusa's Search Module, then
 * villages and stories) and the latency (p50/p95) of 200 queries mixing typos, missing diacritics and
 * facets, one at a time, from Node over HTTP: straight to Meilisearch, to Medusa's POST /store/search,
 * and through the storefront's /store proxy (the browser's path). Starts its own stack in a temporary
 * folder. Prints Markdown tables.
 */
import os from "node:os";
import { startTestStack } from "../../tests/harness/test-stack.ts";
import { formatContentOutcome, formatProgress } from "../search/rebuild.ts";
import { rebuildTestStack } from "./rebuild-stack.ts";
import { generateBenchProducts } from "./generate-products.ts";
import { productQueries, type BenchQuery } from "./search-queries.ts";
import { percentile } from "./stats.ts";

const GENERATED = Number(process.env.BENCH_PRODUCTS ?? 20000);
const QUERIES = 200;

interface Timing {
  label: string;
  times: number[];
  errors: number;
  hits: number;
}

async function timeQueries(
  label: string,
  queries: BenchQuery[],
  send: (query: BenchQuery) => Promise<Response>,
): Promise<Timing> {
  const timing: Timing = { label, times: [], errors: 0, hits: 0 };
  // Two warm-up requests, not counted: the first opens the connection.
  for (const query of queries.slice(0, 2)) await (await send(query)).arrayBuffer();
  for (const query of queries) {
    const t0 = performance.now();
    const response = await send(query);
    const body = await response.text();
    timing.times.push(performance.now() - t0);
    if (!response.ok) {
      if (!timing.errors++) console.error(`${label}: ${response.status} ${body.slice(0, 300)}`);
    } else if (/"(hits|estimatedTotalHits)"/.test(body)) timing.hits++;
  }
  timing.times.sort((a, b) => a - b);
  return timing;
}

function row(timing: Timing): string {
  const p50 = percentile(timing.times, 0.5).toFixed(1);
  const p95 = percentile(timing.times, 0.95).toFixed(1);
  return `| ${timing.label} | ${p50} ms | ${p95} ms | ${timing.times.length} | ${timing.errors} |`;
}

const { info, dispose } = await startTestStack();
const lines: string[] = [];
try {
  console.log(`Generating ${GENERATED} products…`);
  console.log(`Generated in ${(await generateBenchProducts(info, GENERATED)).toFixed(0)} s`);

  console.log("Full rebuild…");
  const { progress, seconds: rebuildSeconds } = await rebuildTestStack(info);
  const rebuilt = [...progress.medusa.map(formatProgress), ...progress.content.map(formatContentOutcome)];
  lines.push(
    "| what | time |",
    "| --- | --- |",
    `| full rebuild (${rebuilt.join(", ")}) | ${rebuildSeconds.toFixed(1)} s |`,
  );

  const queries = productQueries(QUERIES);
  const meiliHeaders = {
    authorization: `Bearer ${info.meilisearchKey}`,
    "content-type": "application/json",
    "accept-encoding": "identity",
  };
  const { results } = (await (
    await fetch(`${info.meilisearch}/indexes?limit=1000`, { headers: meiliHeaders })
  ).json()) as { results: { uid: string }[] };
  const physical = results
    .map(({ uid }) => uid)
    .filter((uid) => /^products_v\d+$/.test(uid))
    .sort((a, b) => Number(b.split("_v")[1]) - Number(a.split("_v")[1]))[0];
  if (!physical) throw new Error("no products_v* index in Meilisearch");

  const timings = [
    await timeQueries("Meilisearch, straight (POST /indexes/products_vN/search)", queries, (query) =>
      fetch(`${info.meilisearch}/indexes/${physical}/search`, {
        method: "POST",
        headers: meiliHeaders,
        body: JSON.stringify(query.meilisearch),
      }),
    ),
    await timeQueries("Medusa POST /store/search", queries, (query) =>
      fetch(`${info.medusa}/store/search`, {
        method: "POST",
        headers: {
          "x-publishable-api-key": info.publishableKey,
          "content-type": "application/json",
          "accept-encoding": "identity",
        },
        body: JSON.stringify(query.medusa),
      }),
    ),
    await timeQueries("storefront /store/search proxy (the browser's path)", queries, (query) =>
      fetch(`${info.storefront}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": "identity" },
        body: JSON.stringify(query.medusa),
      }),
    ),
  ];
  lines.push(
    "",
    `${QUERIES} queries one after another (${GENERATED} generated + demo products, index ${physical})`,
    "",
    "| path | p50 | p95 | queries | errors |",
    "| --- | --- | --- | --- | --- |",
    ...timings.map(row),
  );
} finally {
  await dispose();
}
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model ?? "CPU"}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`;
console.log(`\n${lines.join("\n")}\n\nmachine: ${machine}`);
