import type { APIRoute } from "astro";
import { MEILISEARCH_HOST, MEILISEARCH_SEARCH_KEY } from "astro:env/server";
import { proxyToMeilisearch } from "../../lib/search/proxy.ts";

// The browser's one way to Meilisearch (villages, stories): same origin, search-only key added on the
// server (lib/search/proxy.ts).
export const prerender = false;

export const ALL: APIRoute = ({ request, params }) =>
  proxyToMeilisearch(request, params.path ?? "", {
    host: MEILISEARCH_HOST,
    searchKey: MEILISEARCH_SEARCH_KEY,
  });
