import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SearchTypes } from "@medusajs/types";
import type { ProductDocument } from "../../search-config/products.ts";
import { listCatalog } from "../harness/catalog.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";

// A buyer types into the search box; the storefront asks Medusa's POST /store/search (publishable key),
// which reads the product indexes the Search Module keeps in Meilisearch.
const stack = inject("stack");
const store = storeClient(stack);

type Result = SearchTypes.SearchResult<ProductDocument>;

async function searchProducts(
  entity: string,
  q: string,
  extra: Record<string, unknown> = {},
  filters: Record<string, unknown> = {},
): Promise<Result> {
  const { results } = await store.client.fetch<{ results: Result[] }>("/store/search", {
    method: "POST",
    body: { entity, filters: { q, ...filters }, pagination: { take: 100 }, ...extra },
  });
  return results[0];
}

const ids = (result: Result) => result.hits.map((hit) => hit.id).sort();
const brocadeIds = (result: Result) =>
  result.hits.filter((hit) => hit.document.craft === "brocade-weaving").map((hit) => hit.id);

let brocade: string[];

beforeAll(async () => {
  brocade = brocadeIds(await searchProducts("products", "thổ cẩm")).sort();
});

describe("product search: diacritics, synonyms, typos", () => {
  it('"tho cam" and "thổ cẩm" return the same brocade items', async () => {
    expect(brocade.length).toBeGreaterThan(5);
    const withMarks = await searchProducts("products", "thổ cẩm");
    const withoutMarks = await searchProducts("products", "tho cam");
    expect(ids(withoutMarks)).toEqual(ids(withMarks));
    expect(brocadeIds(withoutMarks).sort()).toEqual(brocade);
  });

  it('"brocade" finds the thổ cẩm items, in both languages', async () => {
    for (const entity of ["products", "products-en-US"]) {
      const result = await searchProducts(entity, "brocade");
      expect(brocadeIds(result).sort()).toEqual(expect.arrayContaining(brocade.slice(0, 5)));
      expect(result.hits[0].document.craft).toBe("brocade-weaving");
    }
  });

  it('"brocad" (a typo) still finds them', async () => {
    const vietnamese = await searchProducts("products", "brocad");
    expect(ids(vietnamese)).toEqual(expect.arrayContaining(brocade));
    const english = await searchProducts("products-en-US", "brocade");
    const englishTypo = await searchProducts("products-en-US", "brocad");
    expect(brocadeIds(english).length).toBeGreaterThan(5);
    expect(ids(englishTypo)).toEqual(expect.arrayContaining(brocadeIds(english)));
  });

  it('"Xo Dang" finds the Xơ Đăng items first, and "Sedang" too', async () => {
    for (const q of ["Xo Dang", "Sedang"]) {
      const result = await searchProducts("products", q);
      expect(result.hits.length).toBeGreaterThan(0);
      expect(result.hits[0].document.ethnic_group).toBe("xo-dang");
    }
    const english = await searchProducts("products-en-US", "Xo Dang");
    expect(english.hits[0].document.ethnic_group_name).toBe("Xơ Đăng (Sedang)");
    expect(english.hits[0].document.language).toBe("en");
  });

  it('"gui ba na" finds Ba Na back baskets', async () => {
    const result = await searchProducts("products", "gui ba na");
    expect(result.hits[0].document.title.toLowerCase()).toContain("gùi");
    expect(result.hits[0].document.ethnic_group).toBe("ba-na");
  });
});

describe("product search: filters and facets", () => {
  it("an ethnic group plus a price range: counts match the catalogue", async () => {
    const vnd = (await regionOf(store, "vnd")).id;
    const bounds = { price_vnd: { $gte: 200000, $lte: 600000 } };
    const result = await searchProducts(
      "products",
      "",
      {
        search_options: {
          facets: ["craft", "ethnic_group", { field: "price_vnd", type: "stats" }],
          count: "exact",
        },
      },
      { ethnic_group: "ba-na", ...bounds },
    );
    const catalog = await listCatalog(store, {
      region_id: vnd,
      ethnic_group: "ba-na",
      price_min: 200000,
      price_max: 600000,
      limit: 100,
    });
    expect(result.metadata.count).toBe(catalog.count);
    expect(ids(result)).toEqual(catalog.products.map((product) => product.id).sort());
    const crafts = result.facets?.craft;
    expect(crafts?.type).toBe("value");
    if (crafts?.type !== "value") return;
    for (const { value, count } of crafts.values) {
      expect(count).toBe(catalog.products.filter((product) => product.craft?.craft === value).length);
    }
    const price = result.facets?.price_vnd;
    expect(price?.type).toBe("stats");
    if (price?.type !== "stats") return;
    expect(price.min).toBeGreaterThanOrEqual(200000);
    expect(price.max).toBeLessThanOrEqual(600000);
  });

  it("sorts by price and by newest", async () => {
    const cheap = await searchProducts(
      "products",
      "",
      { pagination: { take: 100, order: { price_vnd: "ASC" } } },
      { craft: "brocade-weaving" },
    );
    const prices = cheap.hits.map((hit) => hit.document.price_vnd ?? 0);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const newest = await searchProducts("products", "", {
      pagination: { take: 100, order: { created_at: "DESC" } },
    });
    const dates = newest.hits.map((hit) => hit.document.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("highlights the matched words", async () => {
    const result = await searchProducts("products", "tho cam", {
      search_options: { highlight: { fields: ["title"], pre_tag: "<mark>", post_tag: "</mark>" } },
    });
    expect(JSON.stringify(result.hits[0].highlights)).toMatch(/<mark>thổ<\/mark>/i);
  });
});
