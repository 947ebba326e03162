/**
 * `npm run search:apply`: applies search-config/ to Meilisearch, idempotently. The content indexes
 * (villages, stories) get their declared settings (a change is built beside the live index and swapped
 * in, no downtime) and the documents of the last site build; the storefront's search-only key is made
 * if missing. Products and artisans are Medusa's (its Search Module applies their settings at start;
 * `scripts/search/rebuild.ts` rebuilds them).
 *
 * Reaches the local Meilisearch of `npm start` (.env.local), or MEILISEARCH_HOST with MEILISEARCH_API_KEY.
 * The documents come from the built site (`dist/client/search-documents.json`), or from a running
 * storefront with `--from <storefront URL>`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveStackConfig } from "../stack/config.ts";
import { formatStackError, StackError } from "../stack/errors.ts";
import { loadOrCreateLocalSecrets } from "../stack/local-env.ts";
import { DEFAULT_DATA_DIR, LOCAL_ENV_FILE, displayPath } from "../stack/paths.ts";
import { createReporter } from "../stack/reporter.ts";
import { indexContentForSearch, prepareSearchKey } from "../stack/search-setup.ts";

const reporter = createReporter();
try {
  const { values } = parseArgs({ options: { from: { type: "string" } } });
  const envFile = process.env.KONTUM_ENV_FILE ?? LOCAL_ENV_FILE;
  if (!process.env.MEILISEARCH_HOST && !existsSync(envFile)) {
    throw new StackError(
      "Search",
      `no MEILISEARCH_HOST and no ${displayPath(envFile)} with the local master key`,
      "run `npm start` once (it creates the local keys), or set MEILISEARCH_HOST and MEILISEARCH_API_KEY",
    );
  }
  const { secrets } = loadOrCreateLocalSecrets(envFile);
  const config = resolveStackConfig(process.env, secrets, process.env.KONTUM_DATA_DIR ?? DEFAULT_DATA_DIR);
  const admin = config.meilisearch ?? {
    host: `http://127.0.0.1:${config.ports.meilisearch}`,
    apiKey: secrets.MEILI_MASTER_KEY,
  };
  const file = path.join(config.siteDistDir, "client", "search-documents.json");
  const documents = values.from ? { url: new URL("/search-documents.json", values.from).href } : { file };
  reporter.info(
    `Meilisearch ${admin.host}; documents from ${"url" in documents ? documents.url : displayPath(file)}`,
  );

  const searchKey = await prepareSearchKey(reporter, admin);
  // Search-only: safe to print; a storefront deployed apart from `npm start` needs it.
  reporter.info(`Storefront's search-only key (MEILISEARCH_SEARCH_KEY): ${searchKey}`);
  const outcomes = await indexContentForSearch(reporter, admin, documents);
  for (const { index, action, documents: count, changed, removed } of outcomes) {
    reporter.info(`  ${index}: ${action}, ${count} documents (${changed} written, ${removed} removed)`);
  }
} catch (error) {
  process.stderr.write(formatStackError(error) + "\n");
  process.exitCode = 1;
}
