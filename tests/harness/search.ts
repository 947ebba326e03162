import type Medusa from "@medusajs/js-sdk";
import type { SearchTypes } from "@medusajs/types";

/** Polls until `check` passes, failing with its last error after the deadline (e.g. "within 5 s"). */
export async function within<T>(deadlineMs: number, check: () => Promise<T>): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * One search of Medusa's POST /store/search, as the storefront asks it (publishable key): `entity` is
 * the index (`products`, `products-en-US`, `artisans`, …), `filters.q` the words.
 */
export async function storeSearch<T>(
  store: Medusa,
  entity: string,
  q: string,
  { filters = {}, take = 20, ...extra }: { filters?: object; take?: number } & Record<string, unknown> = {},
): Promise<SearchTypes.SearchResult<T>> {
  const { results } = await store.client.fetch<{ results: SearchTypes.SearchResult<T>[] }>("/store/search", {
    method: "POST",
    body: { entity, filters: { q, ...filters }, pagination: { take }, ...extra },
  });
  return results[0]!;
}
