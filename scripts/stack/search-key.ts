import { MeilisearchApiError, type Key, type Meilisearch } from "meilisearch";
import { SEARCH_KEY_INDEXES } from "../../search-config/indexes.ts";

/**
 * The search-only key's fixed uid. Meilisearch derives a key's value from its uid and the master key, so
 * the value is the same at every start (and the same after the key is recreated), and the storefront can
 * be given it without storing it anywhere.
 */
export const SEARCH_KEY_UID = "5d3c8f0e-2b7a-4c61-9f4e-8a1d6b2c7e90";
export const SEARCH_KEY_NAME = "kontum-storefront-search";
const SEARCH_ACTIONS = ["search"];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);

/** The key has exactly the `search` action on exactly the declared indexes, and never expires. */
export function isSearchOnlyKey(key: {
  actions: readonly string[];
  indexes: readonly string[];
  /** Typed as a Date by the client; Meilisearch sends an ISO string, or null for a key that never expires. */
  expiresAt: Date | string | null;
}): boolean {
  return sameSet(key.actions, SEARCH_ACTIONS) && sameSet(key.indexes, SEARCH_KEY_INDEXES) && !key.expiresAt;
}

/**
 * Makes sure the storefront's search-only key exists with the declared rights (search-config/indexes.ts)
 * and returns its value. A key whose rights differ is deleted and made again under the same uid (rights
 * cannot be edited in place). Needs the master key or an admin key with `keys.*`.
 */
export async function ensureSearchKey(client: Meilisearch): Promise<string> {
  let existing: Key | undefined;
  try {
    existing = await client.getKey(SEARCH_KEY_UID);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.cause?.code === "api_key_not_found")) throw error;
  }
  if (existing && isSearchOnlyKey(existing)) return existing.key;
  if (existing) await client.deleteKey(SEARCH_KEY_UID);
  const created = await client.createKey({
    uid: SEARCH_KEY_UID,
    name: SEARCH_KEY_NAME,
    description:
      "Storefront /search-api proxy: search only, content and product indexes (see search-config/indexes.ts)",
    actions: SEARCH_ACTIONS,
    indexes: [...SEARCH_KEY_INDEXES],
    expiresAt: null,
  });
  return created.key;
}
