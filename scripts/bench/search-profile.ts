/**
 * `node scripts/bench/search-profile.ts [products]`: where a full search rebuild spends its time. Starts
 * a test stack, adds generated products (default 2000), runs `npm run search:rebuild`'s code, then splits
 * the time of each product index between Meilisearch (its tasks' own durations, from the tasks API) and
 * Medusa (reading products, waiting for tasks), and prints Medusa's `[Search]` log lines.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { startTestStack } from "../../tests/harness/test-stack.ts";
import { createAdminClient } from "../stack/search-admin-client.ts";
import { formatProgress } from "../search/rebuild.ts";
import { rebuildTestStack } from "./rebuild-stack.ts";
import { generateBenchProducts } from "./generate-products.ts";

const COUNT = Number(process.argv[2] ?? process.env.BENCH_PRODUCTS ?? 2000);
const seconds = (iso: string) => Number(/^PT([\d.]+)S$/.exec(iso)?.[1] ?? Number.NaN);

const { info, dispose } = await startTestStack();
try {
  console.log(`Generated ${COUNT} products in ${(await generateBenchProducts(info, COUNT)).toFixed(0)} s`);
  const meili = createAdminClient({ host: info.meilisearch, apiKey: info.meilisearchKey });
  const since = new Date();
  const { progress, seconds: total } = await rebuildTestStack(info).catch((error: unknown) => {
    console.error(String(error));
    return { progress: { medusa: [], content: [] }, seconds: Number.NaN };
  });
  console.log(`Full rebuild: ${total.toFixed(1)} s (${progress.medusa.map(formatProgress).join(", ")})`);

  const { results } = await meili.tasks.getTasks({ afterEnqueuedAt: since.toISOString(), limit: 1000 });
  const byIndex = new Map<string, typeof results>();
  for (const task of results) {
    const list = byIndex.get(task.indexUid ?? "-") ?? [];
    list.push(task);
    byIndex.set(task.indexUid ?? "-", list);
  }
  console.log("\n| index | tasks | document writes | Meilisearch busy | first enqueued → last finished |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const [uid, tasks] of [...byIndex].sort()) {
    const busy = tasks.reduce((sum, task) => sum + seconds(String(task.duration)), 0);
    const writes = tasks.filter((task) => task.type === "documentAdditionOrUpdate").length;
    const first = Math.min(...tasks.map((task) => Date.parse(String(task.enqueuedAt))));
    const last = Math.max(...tasks.map((task) => Date.parse(String(task.finishedAt))));
    console.log(
      `| ${uid} | ${tasks.length} | ${writes} | ${busy.toFixed(1)} s | ${((last - first) / 1000).toFixed(1)} s |`,
    );
  }
  const log = readFileSync(path.join(info.dataDir, "logs", "medusa.log"), "utf8");
  console.log("\nMedusa:");
  for (const line of log.split("\n").filter((l) => l.includes("[Search]"))) {
    console.log(`  ${/"message":"([^"]*)"/.exec(line)?.[1] ?? line}`);
  }
} finally {
  await dispose();
}
