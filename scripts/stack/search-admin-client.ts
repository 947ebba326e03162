import { Meilisearch } from "meilisearch";

/** Where Meilisearch is and a key that may write (the master key, or an admin API key). */
export interface MeilisearchAdmin {
  host: string;
  apiKey: string;
}

/**
 * A server-side Meilisearch client with write rights, for the content indexer and the key set-up.
 * It asks for uncompressed responses: compressed ones arrive ~40 ms late here, and these are small.
 * Tasks are awaited for up to a minute (a rebuild of the content indexes takes a second or two).
 */
export function createAdminClient({ host, apiKey }: MeilisearchAdmin): Meilisearch {
  return new Meilisearch({
    host,
    apiKey,
    requestInit: { headers: { "Accept-Encoding": "identity" } },
    timeout: 15_000,
    defaultWaitOptions: { timeout: 60_000, interval: 25 },
  });
}
