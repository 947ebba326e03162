/**
 * `npm run search:rebuild`: rebuilds every search index from its source and shows progress. Products
 * (and artisans) are rebuilt by Medusa's Search Module into a new index version that is swapped in, so
 * search keeps answering; idempotent and safe while the site serves.
 *
 * Reaches the local stack of `npm start` (.env.local), or MEDUSA_URL, ADMIN_EMAIL, ADMIN_PASSWORD,
 * MEILISEARCH_HOST and MEILISEARCH_API_KEY. The villages and stories come from the last site build, or
 * from the storefront at STOREFRONT_URL.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { resolveStackConfig } from "../stack/config.ts";
import { formatStackError, StackError } from "../stack/errors.ts";
import { loadOrCreateLocalSecrets } from "../stack/local-env.ts";
import { DEFAULT_DATA_DIR, LOCAL_ENV_FILE, displayPath } from "../stack/paths.ts";
import { createAdminClient } from "../stack/search-admin-client.ts";
import { rebuildMedusaIndexes, type IndexProgress, type MedusaAdmin } from "./rebuild-medusa-indexes.ts";
import type { MeilisearchAdmin } from "../stack/search-admin-client.ts";
import { indexContent, type IndexContentOptions, type IndexOutcome } from "./content-indexer.ts";

export { rebuildMedusaIndexes };

/**
 * Rebuilds every index: Medusa's (products in both languages, artisans: one job per index, run side by
 * side by Medusa) and, at the same time, the content indexes (villages and stories) from the storefront's
 * documents. What `npm run bench:search` times.
 */
export async function rebuildAll(options: {
  medusa: MedusaAdmin;
  meilisearch: MeilisearchAdmin;
  /** Where the content documents are: the storefront's /search-documents.json, or the built file. */
  content: IndexContentOptions["documents"];
  onProgress?: (line: string) => void;
}): Promise<{ medusa: IndexProgress[]; content: IndexOutcome[] }> {
  const report = options.onProgress ?? (() => undefined);
  let medusaLine = "";
  let contentLine = "content: starting";
  const show = () => report([medusaLine, contentLine].filter(Boolean).join("  "));
  const [medusa, content] = await Promise.all([
    rebuildMedusaIndexes({
      medusa: options.medusa,
      meilisearch: createAdminClient(options.meilisearch),
      onProgress: (indexes) => {
        medusaLine = indexes.map(formatProgress).join("  ");
        show();
      },
    }),
    indexContent({
      ...options.meilisearch,
      documents: options.content,
      onProgress: (message) => {
        contentLine = message;
        show();
      },
    }),
  ]);
  return { medusa, content };
}

/** One line per content index: what was done and how many documents it holds. */
export function formatContentOutcome({ index, action, documents }: IndexOutcome): string {
  return `${index}: ${documents} (${action})`;
}

export function formatProgress({ index, status, done, total }: IndexProgress): string {
  return `${index}: ${done}${total === null ? "" : `/${total}`} (${status})`;
}

function resolveTargets(): {
  medusa: MedusaAdmin;
  meilisearch: MeilisearchAdmin;
  content: IndexContentOptions["documents"];
} {
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
    // The content of the last site build (what `npm start` serves), or a running storefront's.
    content: process.env.STOREFRONT_URL
      ? { url: new URL("/search-documents.json", process.env.STOREFRONT_URL).href }
      : { file: path.join(config.siteDistDir, "client", "search-documents.json") },
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
    const done = [...progress.medusa.map(formatProgress), ...progress.content.map(formatContentOutcome)];
    process.stdout.write(`Done in ${seconds} s: ${done.join(", ")}\n`);
  } catch (error) {
    process.stderr.write(
      (error instanceof StackError
        ? formatStackError(error)
        : `Search rebuild failed: ${error instanceof Error ? error.message : String(error)}`) + "\n",
    );
    process.exitCode = 1;
  }
}
