import type { SearchClient } from "instantsearch.js";
import { describe, expect, it } from "vitest";
import {
  backendOf,
  classifySearchError,
  compositeSearchClient,
  isSearchUnavailable,
  SearchUnavailableError,
} from "../../site/lib/search/browser-client.ts";

type Requests = Parameters<SearchClient["search"]>[0];

/** A backend that answers each request with a result naming the backend and the index. */
function echo(backend: string, calls: string[][]) {
  return {
    async search(requests: readonly { indexName: string }[]) {
      calls.push(requests.map((request) => request.indexName));
      return {
        results: requests.map((request) => ({
          index: `${backend}:${request.indexName}`,
          hits: [],
          nbHits: 0,
          page: 0,
          nbPages: 0,
          hitsPerPage: 0,
          processingTimeMS: 0,
          exhaustiveNbHits: true,
          query: "",
          params: "",
        })),
      };
    },
  };
}

function failing(error: unknown) {
  return {
    search: async (): Promise<never> => {
      throw error;
    },
  };
}

const request = (indexName: string) => ({ indexName, params: { query: "tho cam" } });

describe("the composite search client", () => {
  it("sends commerce indexes to Medusa and content indexes to Meilisearch, answering in request order", async () => {
    const commerceCalls: string[][] = [];
    const contentCalls: string[][] = [];
    const client = compositeSearchClient({
      commerce: echo("commerce", commerceCalls),
      content: echo("content", contentCalls),
    });
    const requests: Requests = [
      request("products"),
      request("villages"),
      request("products/sort/price_vnd:asc"),
      request("stories"),
      request("artisans"),
    ];
    const { results } = await client.search(requests);
    expect(results.map((result) => ("index" in result ? result.index : ""))).toEqual([
      "commerce:products",
      "content:villages",
      "commerce:products/sort/price_vnd:asc",
      "content:stories",
      "commerce:artisans",
    ]);
    expect(commerceCalls).toEqual([["products", "products/sort/price_vnd:asc", "artisans"]]);
    expect(contentCalls).toEqual([["villages", "stories"]]);
  });

  it("asks only the backends a search needs", async () => {
    const contentCalls: string[][] = [];
    const client = compositeSearchClient({
      commerce: failing(new TypeError("must not be called")),
      content: echo("content", contentCalls),
    });
    await client.search([request("villages")]);
    expect(contentCalls).toEqual([["villages"]]);
  });

  it("reports a backend that cannot be reached as unavailable", async () => {
    const client = compositeSearchClient({
      commerce: failing(Object.assign(new Error("Service Unavailable"), { status: 503 })),
      content: echo("content", []),
    });
    const error = await client.search([request("products"), request("villages")]).catch((e: unknown) => e);
    expect(isSearchUnavailable(error)).toBe(true);
    expect(error).toMatchObject({ backend: "commerce", kind: "unavailable" });
  });

  it("tells a failure to connect or a 5xx from a bad request", () => {
    expect(classifySearchError("content", new TypeError("Failed to fetch"))).toBeInstanceOf(
      SearchUnavailableError,
    );
    // instant-meilisearch rethrows `new Error(String(error))`: the mark of the proxy's 503 survives it.
    const wrapped = new Error(
      String(new Error("[search-unavailable] /search-api/multi-search answered 503")),
    );
    expect(classifySearchError("content", wrapped)).toBeInstanceOf(SearchUnavailableError);
    const badRequest = Object.assign(new Error("Invalid filter"), { status: 400 });
    expect(classifySearchError("commerce", badRequest)).toBe(badRequest);
  });

  it("routes by the entity before any sort suffix", () => {
    expect(backendOf("villages")).toBe("content");
    expect(backendOf("stories")).toBe("content");
    expect(backendOf("products-en-US/sort/created_at:desc")).toBe("commerce");
  });
});
