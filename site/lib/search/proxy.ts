import { CONTENT_INDEXES } from "../../../search-config/indexes.ts";

/**
 * The browser's one way to Meilisearch: `/search-api/*` on the site's own origin, forwarded to
 * Meilisearch's search routes with the search-only key added here (the browser holds no key at all).
 * Only searches of the content indexes pass: POST /multi-search whose every query names one of them, and
 * POST /indexes/{villages|stories}/search. Products and artisans are searched through Medusa's
 * /store/search, which hides unpublished products; their raw indexes are never reachable from here.
 */

export interface SearchProxyConfig {
  /** Meilisearch's URL, e.g. http://127.0.0.1:7700. */
  host: string;
  /** A key with the `search` action only; undefined when the site was started without one. */
  searchKey: string | undefined;
}

/** Largest request body accepted (an InstantSearch multi-search of a few queries is 1–3 KB). */
export const MAX_BODY_BYTES = 16 * 1024;
/** Most queries in one multi-search (the search page sends two or three). */
export const MAX_QUERIES = 8;
/** A search answers in milliseconds; past this Meilisearch is as good as down. */
const TIMEOUT_MS = 3_000;

const SEARCHABLE: ReadonlySet<string> = new Set(CONTENT_INDEXES);

/** The answer to a request for a route or index this proxy does not forward. */
export type RouteCheck =
  | { ok: true; upstreamPath: string; kind: "multi-search" | "index-search" }
  | { ok: false; status: 404 | 405; type: "not_found" | "not_allowed"; message: string };

/** Which Meilisearch route `/search-api/<path>` maps to, or why it is refused. */
export function checkRoute(method: string, path: string): RouteCheck {
  const segments = path.replace(/\/$/, "").split("/");
  let kind: "multi-search" | "index-search" | undefined;
  if (segments.length === 1 && segments[0] === "multi-search") kind = "multi-search";
  else if (
    segments.length === 3 &&
    segments[0] === "indexes" &&
    SEARCHABLE.has(segments[1] ?? "") &&
    segments[2] === "search"
  ) {
    kind = "index-search";
  }
  if (!kind) return { ok: false, status: 404, type: "not_found", message: "Unknown search route" };
  if (method !== "POST") return { ok: false, status: 405, type: "not_allowed", message: "Use POST" };
  return { ok: true, kind, upstreamPath: `/${segments.join("/")}` };
}

/** Why a multi-search body is refused, or undefined when every query searches a content index. */
export function checkMultiSearch(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { queries?: unknown }).queries)) {
    return "a multi-search needs a `queries` list";
  }
  const queries = (body as { queries: unknown[] }).queries;
  if (queries.length > MAX_QUERIES) return `at most ${MAX_QUERIES} queries per request`;
  for (const query of queries) {
    const uid =
      typeof query === "object" && query !== null ? (query as { indexUid?: unknown }).indexUid : undefined;
    if (typeof uid !== "string" || !SEARCHABLE.has(uid)) {
      return `only the indexes ${[...SEARCHABLE].join(", ")} can be searched here (got ${JSON.stringify(uid ?? null)}); products and artisans go through /store/search`;
    }
  }
  return undefined;
}

function json(status: number, body: Record<string, unknown>, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...extra },
  });
}

/** Meilisearch cannot answer (down, slow or refusing our key): the page says search is unavailable. */
function unavailable(): Response {
  return json(
    503,
    { type: "search_unavailable", message: "Search is unavailable right now; browse the catalogue instead" },
    { "Retry-After": "10" },
  );
}

export async function proxyToMeilisearch(
  request: Request,
  path: string,
  config: SearchProxyConfig,
): Promise<Response> {
  const route = checkRoute(request.method, path);
  if (!route.ok) {
    return json(
      route.status,
      { type: route.type, message: route.message },
      route.status === 405 ? { Allow: "POST" } : {},
    );
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return json(413, { type: "invalid_request", message: "Body too large" });
  }
  const raw = await request.arrayBuffer();
  if (raw.byteLength > MAX_BODY_BYTES)
    return json(413, { type: "invalid_request", message: "Body too large" });
  const text = new TextDecoder().decode(raw);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { type: "invalid_request", message: "The body must be JSON" });
  }
  if (route.kind === "multi-search") {
    const problem = checkMultiSearch(body);
    if (problem) return json(400, { type: "invalid_request", message: problem });
  }
  if (!config.searchKey) {
    console.error(
      "[search proxy] MEILISEARCH_SEARCH_KEY is not set: start the site through `npm start`, or set it",
    );
    return unavailable();
  }

  let response: Response;
  try {
    response = await fetch(new URL(route.upstreamPath, config.host), {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${config.searchKey}`,
        "Accept-Encoding": "identity",
      },
      body: text,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
  } catch (error) {
    console.error(`[search proxy] ${route.upstreamPath}: Meilisearch unreachable (${String(error)})`);
    return unavailable();
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    console.error(
      `[search proxy] Meilisearch refused the search key (${response.status}): check MEILISEARCH_SEARCH_KEY`,
    );
    return unavailable();
  }
  // 404: an index is missing (not built yet); 5xx: Meilisearch failed. Either way search cannot answer.
  if (response.status === 404 || response.status >= 500) {
    await response.body?.cancel();
    console.error(`[search proxy] Meilisearch answered ${response.status} on ${route.upstreamPath}`);
    return unavailable();
  }
  return new Response(response.body, {
    status: response.status,
    headers: {
      "Content-Type": response.headers.get("content-type") ?? "application/json",
      "Cache-Control": "no-store",
    },
  });
}
