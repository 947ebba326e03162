/**
 * Which storefront a storefront benchmark measures, and the product pages it can open.
 * By default the stack `npm start` runs (http://localhost:4321, Medusa http://localhost:9000); a
 * storefront URL as the first argument measures another one; `--test-stack` starts the test stack in a
 * temporary folder (as `npm test` does) and stops it at the end.
 */
import type { StoreCatalogProductsResponse } from "../../commerce/src/api/store/types.ts";
import { startTestStack } from "../../tests/harness/test-stack.ts";

export interface StorefrontTarget {
  storefront: string;
  medusa: string;
  /** Known in test-stack mode; from MEDUSA_PUBLISHABLE_KEY otherwise (`npm start` prints it). */
  publishableKey: string | undefined;
  /** What a report should say was measured. */
  label: string;
  dispose: () => Promise<void>;
}

/** The target named by the command line: `[storefront URL] [--test-stack]`. */
export async function resolveTarget(argv = process.argv.slice(2)): Promise<StorefrontTarget> {
  if (argv.includes("--test-stack")) {
    const { info, dispose } = await startTestStack();
    // The site's own name (localhost, as in its canonical URLs), not 127.0.0.1.
    const storefront = info.storefront.replace("127.0.0.1", "localhost");
    return {
      storefront,
      medusa: info.medusa,
      publishableKey: info.publishableKey,
      label: "test stack",
      dispose,
    };
  }
  const url = argv.find((arg) => /^https?:\/\//.test(arg));
  const storefront = (url ?? "http://localhost:4321").replace(/\/$/, "");
  const medusa = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000";
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY;
  return { storefront, medusa, publishableKey, label: storefront, dispose: async () => {} };
}

/**
 * Handles of up to `limit` products, newest first: from Medusa's catalogue route when the publishable
 * key is known, otherwise from the links of the storefront's catalogue page.
 */
export async function productHandles(target: StorefrontTarget, limit = 64): Promise<string[]> {
  if (target.publishableKey) {
    const headers = { "x-publishable-api-key": target.publishableKey };
    const json = async <T>(url: string): Promise<T> => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    };
    const { regions } = await json<{ regions: { id: string; currency_code: string }[] }>(
      `${target.medusa}/store/regions`,
    );
    const vnd = regions.find((region) => region.currency_code === "vnd")?.id ?? "";
    const { products } = await json<StoreCatalogProductsResponse>(
      `${target.medusa}/store/catalog/products?region_id=${vnd}&limit=${limit}&order=-created_at`,
    );
    return products.map((product) => product.handle);
  }
  const html = await fetch(`${target.storefront}/products/`).then((response) => response.text());
  const handles = [...html.matchAll(/href="\/products\/([a-z0-9-]+)\/?"/g)].map((match) => match[1] ?? "");
  if (handles.length === 0) {
    throw new Error(
      `no product links on ${target.storefront}/products/: set MEDUSA_PUBLISHABLE_KEY (\`npm start\` prints it) to read handles from Medusa`,
    );
  }
  return [...new Set(handles)].slice(0, limit);
}

/** The village page every storefront benchmark measures (curated, with products from Medusa). */
export const BENCH_VILLAGE = "kon-k-tu";

/**
 * The trace page every storefront benchmark measures: the seeded sample batch of brocade scarves (GTIN
 * under GS1's demo prefix 952, lot DEMO-2026-01; commerce/src/scripts/seed/trace/fixtures.ts).
 */
export const BENCH_TRACE_PATH = "/01/09521234000013/10/DEMO-2026-01";
