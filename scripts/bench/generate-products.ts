import { execFileSync } from "node:child_process";
import type { TestStackInfo } from "../../tests/harness/test-stack.ts";
import { MEDUSA_BUILD_DIR, MEDUSA_CLI } from "../stack/paths.ts";

/**
 * Adds `count` generated products (commerce/src/scripts/bench-products.ts, `metadata.bench`) to a test
 * stack's Medusa through `medusa exec`; returns the seconds it took.
 */
export function generateBenchProducts(info: TestStackInfo, count: number): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/bench-products.js"], {
    cwd: MEDUSA_BUILD_DIR,
    env: { ...process.env, ...info.medusaEnv, BENCH_PRODUCTS: String(count) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return (performance.now() - t0) / 1000;
}
