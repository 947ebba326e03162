import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import {
  MAX_BODY_BYTES,
  checkMultiSearch,
  checkRoute,
  proxyToMeilisearch,
} from "../../site/lib/search/proxy.ts";

// The /search-api proxy forwards only searches of the content indexes and answers 503 in JSON when
// Meilisearch cannot be reached. (Its behaviour against a real Meilisearch: tests/integration/search-*.)

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

const post = (path: string, body: string) =>
  new Request(`http://site/search-api/${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });

describe("checkRoute", () => {
  it("forwards multi-search and the search route of villages and stories", () => {
    expect(checkRoute("POST", "multi-search")).toMatchObject({ ok: true, upstreamPath: "/multi-search" });
    expect(checkRoute("POST", "indexes/villages/search")).toMatchObject({
      ok: true,
      upstreamPath: "/indexes/villages/search",
    });
    expect(checkRoute("POST", "indexes/stories/search/")).toMatchObject({ ok: true });
  });

  it.each([
    "indexes/products/search",
    "indexes/products_v1/search",
    "indexes/villages_next/search",
    "indexes/villages/documents",
    "indexes/villages/settings",
    "indexes/villages",
    "keys",
    "tasks",
    "../keys",
    "indexes/villages/../../keys",
    "",
  ])("refuses %s with 404", (path) => {
    expect(checkRoute("POST", path)).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses other methods with 405", () => {
    expect(checkRoute("GET", "multi-search")).toMatchObject({ ok: false, status: 405 });
    expect(checkRoute("DELETE", "indexes/villages/search")).toMatchObject({ ok: false, status: 405 });
  });
});

describe("checkMultiSearch", () => {
  it("lets through queries of the content indexes only", () => {
    expect(
      checkMultiSearch({ queries: [{ indexUid: "villages", q: "gùi" }, { indexUid: "stories" }] }),
    ).toBeUndefined();
    expect(checkMultiSearch({ queries: [{ indexUid: "villages" }, { indexUid: "products" }] })).toMatch(
      /products/,
    );
    expect(checkMultiSearch({ queries: [{ q: "x" }] })).toBeDefined();
    expect(checkMultiSearch({})).toBeDefined();
    expect(checkMultiSearch({ queries: Array(9).fill({ indexUid: "villages" }) })).toMatch(/at most/);
  });
});

describe("proxyToMeilisearch", () => {
  it("answers 503 search_unavailable, not cached, when Meilisearch cannot be reached", async () => {
    const host = `http://127.0.0.1:${await closedPort()}`;
    const body = JSON.stringify({ queries: [{ indexUid: "villages", q: "gui" }] });
    const response = await proxyToMeilisearch(post("multi-search", body), "multi-search", {
      host,
      searchKey: "key",
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ type: "search_unavailable" });
  });

  it("refuses a body that is too large (413), not JSON (400) or searches a product index (400)", async () => {
    const config = { host: "http://127.0.0.1:1", searchKey: "key" };
    const big = JSON.stringify({ queries: [{ indexUid: "villages", q: "x".repeat(MAX_BODY_BYTES) }] });
    expect((await proxyToMeilisearch(post("multi-search", big), "multi-search", config)).status).toBe(413);
    expect((await proxyToMeilisearch(post("multi-search", "{"), "multi-search", config)).status).toBe(400);
    const products = JSON.stringify({ queries: [{ indexUid: "products_v1", q: "x" }] });
    expect((await proxyToMeilisearch(post("multi-search", products), "multi-search", config)).status).toBe(
      400,
    );
  });

  it("answers 503 when the site has no search key", async () => {
    const body = JSON.stringify({ q: "gui" });
    const response = await proxyToMeilisearch(
      post("indexes/villages/search", body),
      "indexes/villages/search",
      {
        host: "http://127.0.0.1:1",
        searchKey: undefined,
      },
    );
    expect(response.status).toBe(503);
  });
});
