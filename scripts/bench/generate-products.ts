import { spawn } from "node:child_process";
import type { TestStackInfo } from "../../tests/harness/test-stack.ts";
import { MEDUSA_BUILD_DIR, MEDUSA_CLI } from "../stack/paths.ts";

/**
 * Adds `count` generated products (commerce/src/scripts/bench-products.ts, `metadata.bench`) to a test
 * stack's Medusa through `medusa exec`; resolves with the seconds it took.
 *
 * Asynchronous on purpose: a synchronous child process would block this process's event loop for
 * minutes, so the idle keep-alive connections it holds to Medusa and Meilisearch would not be closed
 * when the servers drop them, and the next request would be written into a dead socket (EPIPE).
 */
export async function generateBenchProducts(info: TestStackInfo, count: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/bench-products.js"], {
    cwd: MEDUSA_BUILD_DIR,
    env: { ...process.env, ...info.medusaEnv, BENCH_PRODUCTS: String(count) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`generating the bench products failed (exit code ${code})`);
  return (performance.now() - t0) / 1000;
}
