import { describe, expect, it } from "vitest";
import { SEARCH_KEY_INDEXES } from "../../search-config/indexes.ts";
import { isSearchOnlyKey } from "../../scripts/stack/search-key.ts";

// The storefront's Meilisearch key may search, and nothing else; the stack remakes it otherwise.

describe("the search-only key", () => {
  const rights = { actions: ["search"], indexes: [...SEARCH_KEY_INDEXES], expiresAt: null };

  it("covers the content indexes and Medusa's versioned product and artisan indexes", () => {
    expect(SEARCH_KEY_INDEXES).toEqual(
      expect.arrayContaining(["villages", "stories", "products*", "artisans*"]),
    );
    expect(isSearchOnlyKey(rights)).toBe(true);
    expect(isSearchOnlyKey({ ...rights, indexes: [...rights.indexes].reverse() })).toBe(true);
  });

  it("is remade when it can do more than search, reaches other indexes or expires", () => {
    expect(isSearchOnlyKey({ ...rights, actions: ["search", "documents.add"] })).toBe(false);
    expect(isSearchOnlyKey({ ...rights, actions: ["*"] })).toBe(false);
    expect(isSearchOnlyKey({ ...rights, indexes: ["*"] })).toBe(false);
    expect(isSearchOnlyKey({ ...rights, expiresAt: new Date("2030-01-01") })).toBe(false);
  });
});
