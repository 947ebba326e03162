/**
 * `npm run search:rebuild`: rebuilds every search index from its source and shows progress. Products
 * (and artisans) are rebuilt by Medusa's Search Module into a new index version that is swapped in, so
 * search keeps answering; idempotent and safe while the site serves.
 *
 * Reaches the local stack of `npm start` (.env.local), or MEDUSA_URL, ADMIN_EMAIL, ADMIN_PASSWORD,
 * MEILISEARCH_HOST and MEILISEARCH_API_KEY.
 */
import { existsSync } from "node:fs";
import { resolveStackConfig } from "../stack/config.ts";
import { formatStackError, StackError } from "../stack/errors.ts";
import { loadOrCreateLocalSecrets } from "../stack/local-env.ts";
import { DEFAULT_DATA_DIR, LOCAL_ENV_FILE, displayPath } from "../stack/paths.ts";
import { createAdminClient } from "../stack/search-admin-client.ts";
import { rebuildMedusaIndexes, type IndexProgress, type MedusaAdmin } from "./rebuild-medusa-indexes.ts";
import type { MeilisearchAdmin } from "../stack/search-admin-client.ts";

export { rebuildMedusaIndexes };

/** Rebuilds the Medusa-owned indexes, then the content ones; what the benchmark times. */
export async function rebuildAll(options: {
  medusa: MedusaAdmin;
  meilisearch: MeilisearchAdmin;
  onProgress?: (line: string) => void;
}): Promise<IndexProgress[]> {
  const report = options.onProgress ?? (() => undefined);
  const progress = await rebuildMedusaIndexes({
    medusa: options.medusa,
    meilisearch: createAdminClient(options.meilisearch),
    onProgress: (indexes) => report(indexes.map(formatProgress).join("  ")),
  });
  // ── Content indexes (villages, stories): helper B adds `await indexContent({ ... })` from
  // ./content-indexer.ts here. ───────────────────────────────────────────────────────────────────
  return progress;
}

export function formatProgress({ index, status, done, total }: IndexProgress): string {
  return `${index}: ${done}${total === null ? "" : `/${total}`} (${status})`;
}

function resolveTargets(): { medusa: MedusaAdmin; meilisearch: MeilisearchAdmin } {
  const envFile = process.env.KONTUM_ENV_FILE ?? LOCAL_ENV_FILE;
  if (!existsSync(envFile) && !(process.env.MEDUSA_URL && process.env.ADMIN_PASSWORD)) {
    throw new StackError(
      "Search",
      `no ${displayPath(envFile)} with the local keys, and no MEDUSA_URL with ADMIN_PASSWORD`,
      "run `npm start` once (it creates the local keys), or set MEDUSA_URL, ADMIN_EMAIL, ADMIN_PASSWORD, MEILISEARCH_HOST and MEILISEARCH_API_KEY",
    );
  }
  const { secrets } = loadOrCreateLocalSecrets(envFile);
  const config = resolveStackConfig(process.env, secrets, process.env.KONTUM_DATA_DIR ?? DEFAULT_DATA_DIR);
  return {
    medusa: {
      url: process.env.MEDUSA_URL ?? `http://127.0.0.1:${config.ports.medusa}`,
      email: config.adminEmail,
      password: process.env.ADMIN_PASSWORD ?? secrets.ADMIN_PASSWORD,
    },
    meilisearch: config.meilisearch ?? {
      host: `http://127.0.0.1:${config.ports.meilisearch}`,
      apiKey: secrets.MEILI_MASTER_KEY,
    },
  };
}

if (import.meta.main) {
  try {
    const targets = resolveTargets();
    const started = performance.now();
    process.stdout.write(`Rebuilding the search indexes (Medusa ${targets.medusa.url})…\n`);
    let last = "";
    const progress = await rebuildAll({
      ...targets,
      onProgress: (line) => {
        if (line === last) return;
        last = line;
        process.stdout.write(`  ${line}\n`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Done in ${seconds} s: ${progress.map(formatProgress).join(", ")}\n`);
  } catch (error) {
    process.stderr.write(
      (error instanceof StackError
        ? formatStackError(error)
        : `Search rebuild failed: ${error instanceof Error ? error.message : String(error)}`) + "\n",
    );
    process.exitCode = 1;
  }
}
