/**
 * The browser's one InstantSearch search client. Each request goes, by index name, to one of two
 * backends, both on this site's own origin (no key in the browser):
 * - commerce indexes (`products`, `products-en-US`, `artisans`, …): Medusa's `/store/search` route
 *   through `@medusajs/instantsearch-adapter` and the browser SDK (the `/store` proxy adds the
 *   publishable key; Medusa keeps to published products of the key's sales channels);
 * - content indexes (`villages`, `stories`): Meilisearch through `@meilisearch/instant-meilisearch`
 *   and the `/search-api` proxy, which adds a search-only key on the server.
 * Results come back in request order. A backend that cannot be reached (network failure, 5xx) throws
 * a `SearchUnavailableError`, which InstantSearch keeps as its `error` and the UI shows.
 * Islands only: it reads `window.location`.
 */
import {
  createInstantSearchAdapter,
  type InstantSearchSearchParams,
  type SearchClient as CommerceClient,
  type SearchQuery,
  type SearchResult,
} from "@medusajs/instantsearch-adapter";
import { instantMeiliSearch } from "@meilisearch/instant-meilisearch";
import type { SearchClient } from "instantsearch.js";
import { CONTENT_INDEXES } from "../../../search-config/indexes.ts";
import { browserSdk } from "../commerce/browser-sdk.ts";

/** Which backend answers an index. */
export type SearchBackend = "commerce" | "content";

/** Indexes the content indexer writes to Meilisearch; every other index is Medusa's. */
const CONTENT: ReadonlySet<string> = new Set(CONTENT_INDEXES);

/** The storefront's proxy to Meilisearch's search routes (site/pages/search-api). */
export const SEARCH_API_PATH = "/search-api";

/** A search backend did not answer (network failure or a 5xx): search is down, not the query wrong. */
export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError";
  readonly kind = "unavailable";
  readonly backend: SearchBackend;
  constructor(backend: SearchBackend, message: string, options?: { cause?: unknown }) {
    super(`${backend} search is unavailable: ${message}`, options);
    this.backend = backend;
  }
}

export function isSearchUnavailable(error: unknown): error is SearchUnavailableError {
  return error instanceof SearchUnavailableError;
}

/**
 * The backend of an InstantSearch index name. Sort orders ride in the name
 * (`products/sort/price_vnd:asc`, the Medusa adapter's convention); the entity comes first.
 */
export function backendOf(indexName: string): SearchBackend {
  const entity = indexName.split("/sort/")[0] ?? indexName;
  return CONTENT.has(entity) ? "content" : "commerce";
}

/** instant-meilisearch wraps errors in `new Error(String(error))`: this marks ours through that. */
const UNAVAILABLE_MARK = "[search-unavailable]";

function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("status" in error)) return undefined;
  return typeof error.status === "number" ? error.status : undefined;
}

/**
 * Turns what a backend threw into a `SearchUnavailableError` when search is down (fetch failed:
 * TypeError; or a 5xx), and lets anything else (a bad query: a bug) through unchanged.
 */
export function classifySearchError(backend: SearchBackend, error: unknown): unknown {
  if (error instanceof SearchUnavailableError) return error;
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (
    error instanceof TypeError ||
    (status !== undefined && status >= 500) ||
    message.includes(UNAVAILABLE_MARK)
  ) {
    return new SearchUnavailableError(backend, message.replace(UNAVAILABLE_MARK, "").trim(), {
      cause: error,
    });
  }
  return error;
}

/**
 * fetch for instant-meilisearch: JSON in, JSON out; a failure to connect or a 5xx from the proxy
 * (it answers 503 `{ type: "search_unavailable" }` when Meilisearch is down) throws a marked error.
 */
async function contentFetch(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new Error(`${UNAVAILABLE_MARK} ${String(error)}`, { cause: error });
  }
  if (response.status >= 500) {
    throw new Error(`${UNAVAILABLE_MARK} ${url} answered ${response.status}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const detail = typeof body === "object" && body && "message" in body ? String(body.message) : "";
    throw new Error(`${url} answered ${response.status} ${detail}`.trim());
  }
  return body;
}

type Requests = Parameters<SearchClient["search"]>[0];
type Request = Requests[number];
type Results = Awaited<ReturnType<SearchClient["search"]>>["results"];

/** What the composite needs of instant-meilisearch's client (structural, so tests can pass their own). */
interface ContentClient {
  search(requests: Request[]): Promise<{ results: readonly unknown[] }>;
}

interface Backends {
  /** The Medusa adapter: InstantSearch's wire format, its own (structurally looser) types. */
  commerce: Pick<CommerceClient, "search">;
  content: ContentClient;
}

async function searchBackend(
  backends: Backends,
  backend: SearchBackend,
  requests: Request[],
): Promise<Results> {
  if (requests.length === 0) return [];
  if (backend === "content") return (await backends.content.search(requests)).results as Results;
  const adapted = requests.map((request) => ({
    indexName: request.indexName,
    params: request.params as InstantSearchSearchParams,
  }));
  return (await backends.commerce.search(adapted)).results as Results;
}

/** The composite client over two backends (exported for tests; islands use `browserSearchClient`). */
export function compositeSearchClient(backends: Backends): SearchClient {
  async function run(backend: SearchBackend, requests: Request[]): Promise<Results> {
    try {
      return await searchBackend(backends, backend, requests);
    } catch (error) {
      throw classifySearchError(backend, error);
    }
  }
  return {
    async search(requests) {
      const positions: Record<SearchBackend, number[]> = { commerce: [], content: [] };
      requests.forEach((request, position) => positions[backendOf(request.indexName)].push(position));
      const pick = (backend: SearchBackend) => positions[backend].map((position) => requests[position]!);
      const [commerce, content] = await Promise.all([
        run("commerce", pick("commerce")),
        run("content", pick("content")),
      ]);
      const results: Results = new Array(requests.length);
      positions.commerce.forEach((position, i) => (results[position] = commerce[i]!));
      positions.content.forEach((position, i) => (results[position] = content[i]!));
      return { results };
    },
  } as SearchClient;
}

/** Medusa's batched search route, through the browser SDK (same origin; the proxy adds the key). */
async function searchCommerce(queries: SearchQuery[]): Promise<SearchResult[]> {
  const { results } = await browserSdk().client.fetch<{ results: SearchResult[] }>("/store/search", {
    method: "POST",
    body: { queries },
  });
  return results;
}

let instance: SearchClient | undefined;

/** The islands' one search client, made on first use (each adapter once). */
export function browserSearchClient(): SearchClient {
  if (!instance) {
    const commerce = createInstantSearchAdapter({
      requester: searchCommerce,
      // Range widgets (price) need min/max: asked for as stats facets.
      numericAttributes: ["price_vnd", "price_usd"],
      // Counts people read ("12 products") are exact, not Meilisearch's estimate.
      additionalSearchParameters: { search_options: { count: "exact" } },
    }).searchClient;
    const content = instantMeiliSearch(`${window.location.origin}${SEARCH_API_PATH}`, "", {
      primaryKey: "id",
      finitePagination: true,
      httpClient: contentFetch,
    }).searchClient;
    instance = compositeSearchClient({ commerce, content });
  }
  return instance;
}
