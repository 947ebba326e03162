import type { APIRoute } from "astro";
import { buildContentDocuments } from "../lib/search/content-collections.ts";

// The villages and stories as search documents, written once at build: the content indexer
// (scripts/search/content-indexer.ts) reads this file and puts them into Meilisearch.
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildContentDocuments()), {
    headers: { "Content-Type": "application/json" },
  });
