import { MeilisearchApiError } from "meilisearch";
import { indexContent, type IndexContentOptions, type IndexOutcome } from "../search/content-indexer.ts";
import { StackError } from "./errors.ts";
import type { Reporter } from "./reporter.ts";
import { createAdminClient, type MeilisearchAdmin } from "./search-admin-client.ts";
import { ensureSearchKey } from "./search-key.ts";

const PART = "Search";

function describe(error: unknown): string {
  if (error instanceof MeilisearchApiError)
    return `${error.cause?.code ?? error.response.status}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Creates (or finds) the storefront's search-only key and returns its value. */
export async function prepareSearchKey(reporter: Reporter, admin: MeilisearchAdmin): Promise<string> {
  return reporter.step("Search: ensuring the search-only key for the storefront", async () => {
    try {
      return await ensureSearchKey(createAdminClient(admin));
    } catch (error) {
      throw new StackError(
        PART,
        `could not create the search-only key (${describe(error)})`,
        "the Meilisearch key the stack uses must be the master key or an admin key allowed to manage keys (`keys.*`)",
      );
    }
  });
}

/**
 * Puts the villages and stories into Meilisearch (see content-indexer.ts), from the storefront's
 * /search-documents.json (the stack, after the storefront starts) or the built file.
 */
export async function indexContentForSearch(
  reporter: Reporter,
  admin: MeilisearchAdmin,
  documents: IndexContentOptions["documents"],
): Promise<IndexOutcome[]> {
  const label = "Search: indexing villages and stories";
  return reporter.step(label, async () => {
    try {
      return await indexContent({
        ...admin,
        documents,
        onProgress: (message) => reporter.progress(label, message),
      });
    } catch (error) {
      throw new StackError(
        PART,
        `could not index the villages and stories (${describe(error)})`,
        "read the message above; `npm run search:apply` runs the same step again, and `npm run reset -- --search` starts the search data afresh",
      );
    }
  });
}
