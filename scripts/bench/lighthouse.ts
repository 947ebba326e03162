/**
 * `npm run bench:lighthouse [-- <storefront URL> | --test-stack] [--runs=3]`: Lighthouse in its default
 * mobile mode (emulated phone, simulated slow 4G and 4× CPU slowdown) on the home page, a village, the
 * catalogue, a product page and a tag's trace page (the sample batch), in Debian's Chromium (headless).
 * Prints the median of the runs per page (scores; LCP, TBT, CLS), the audits that did not pass, and the
 * product page's JavaScript and weight (page-weight.ts). Each run's full report is saved as JSON in
 * $TMPDIR/kontum-lighthouse/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumLaunchOptions } from "../../tests/harness/browser.ts";
import { measurePageWeight, weightRows } from "./page-weight.ts";
import { median } from "./stats.ts";
import { BENCH_TRACE_PATH, BENCH_VILLAGE, productHandles, resolveTarget } from "./storefront-target.ts";

const RUNS = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = ["largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"] as const;
// Not in test-results/: Playwright empties that folder when a test run starts.
const REPORTS = path.join(os.tmpdir(), "kontum-lighthouse");

interface PageResult {
  name: string;
  scores: number[];
  metrics: number[];
  /** "id: title" of a failing audit → what it measured in each run that failed it */
  failed: Map<string, string[]>;
}

/** "id: title" of the audits that scored below 0.9, with what each run measured. */
function failedAudits(lhr: Result): Array<[string, string]> {
  const ids = new Set(
    CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs.map((ref) => ref.id) ?? []),
  );
  return [...ids]
    .map((id) => lhr.audits[id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 0.9)
    .map((audit) => [`${audit?.id}: ${audit?.title}`, audit?.displayValue ?? ""]);
}

type PageOutcome = PageResult | { name: string; error: string };

async function audit(name: string, url: string, port: number): Promise<PageOutcome> {
  const runs: Result[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = await lighthouse(url, {
      port,
      logLevel: "error",
      output: "json",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) {
      // A page that is not there (yet) is reported, and the other pages are still measured.
      console.log(`  ${name}: ${result.lhr.runtimeError.message}`);
      return { name, error: result.lhr.runtimeError.code };
    }
    writeFileSync(path.join(REPORTS, `${name.replace(/\W+/g, "-")}-${run}.json`), JSON.stringify(result.lhr));
    runs.push(result.lhr);
    console.log(`  ${name} run ${run}: performance ${(result.lhr.categories.performance?.score ?? 0) * 100}`);
  }
  const failed = new Map<string, string[]>();
  for (const lhr of runs) {
    for (const [audit, value] of failedAudits(lhr)) failed.set(audit, [...(failed.get(audit) ?? []), value]);
  }
  return {
    name,
    scores: CATEGORIES.map((c) =>
      median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100))),
    ),
    metrics: METRICS.map((m) => median(runs.map((lhr) => lhr.audits[m]?.numericValue ?? Number.NaN))),
    failed,
  };
}

function row(result: PageOutcome): string {
  if (!("scores" in result)) return `| ${result.name} | not measured: ${result.error} | | | | | | |`;
  const [lcp = 0, tbt = 0, cls = 0] = result.metrics;
  const metrics = [`${(lcp / 1000).toFixed(2)} s`, `${tbt.toFixed(0)} ms`, cls.toFixed(3)];
  return `| ${result.name} | ${result.scores.join(" | ")} | ${metrics.join(" | ")} |`;
}

const target = await resolveTarget();
mkdirSync(REPORTS, { recursive: true });
const { executablePath, args } = chromiumLaunchOptions();
const chrome = await launch({
  chromePath: executablePath,
  chromeFlags: ["--headless=new", ...args],
});
const results: PageOutcome[] = [];
let weightTable: string[];
try {
  const [product] = await productHandles(target, 1);
  const pages: Array<[string, string]> = [
    ["home", "/"],
    ["village", `/villages/${BENCH_VILLAGE}/`],
    ["catalogue", "/products/"],
    ["product", `/products/${product}/`],
    ["trace", BENCH_TRACE_PATH],
  ];
  for (const [name, pathname] of pages) {
    console.log(`${name}: ${target.storefront}${pathname}`);
    results.push(await audit(name, `${target.storefront}${pathname}`, chrome.port));
  }
  try {
    weightTable = weightRows(await measurePageWeight(`${target.storefront}/products/${product}/`));
  } catch (error) {
    weightTable = [`| product page weight | not measured: ${String(error)} | |`];
  }
} finally {
  chrome.kill();
  await target.dispose();
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`\n${target.label}, ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} runs each,`);
console.log(`Lighthouse mobile defaults, ${os.cpus().length} cores (${cpu}), Node ${process.version}\n`);
console.log("| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const result of results) console.log(row(result));
console.log("| target | ≥ 95 | 100 | ≥ 95 | 100 | | | |");
console.log("\n| measure | result | target |\n| --- | --- | --- |");
for (const line of weightTable) console.log(line);
console.log("\nAudits below 0.9 (runs that failed them):");
for (const result of results) {
  if (!("failed" in result)) continue;
  for (const [audit, values] of result.failed) {
    console.log(
      `- ${result.name}: ${audit} (${values.length}/${RUNS} runs; ${values.filter(Boolean).join(", ")})`,
    );
  }
}
console.log(`\nFull reports (JSON, one per run): ${REPORTS}`);
