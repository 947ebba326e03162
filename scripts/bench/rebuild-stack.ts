import type { TestStackInfo } from "../../tests/harness/test-stack.ts";
import { rebuildAll } from "../search/rebuild.ts";

/**
 * `npm run search:rebuild`'s code against a test stack, printing each new progress line with the
 * seconds since the start; resolves with the outcome and the seconds the whole rebuild took.
 */
export async function rebuildTestStack(info: TestStackInfo) {
  const started = performance.now();
  let last = "";
  const progress = await rebuildAll({
    medusa: { url: info.medusa, email: info.admin.email, password: info.admin.password },
    meilisearch: { host: info.meilisearch, apiKey: info.meilisearchKey },
    content: { url: `${info.storefront}/search-documents.json` },
    onProgress: (line) => {
      if (line !== last)
        console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  ${(last = line)}`);
    },
  });
  return { progress, seconds: (performance.now() - started) / 1000 };
}
