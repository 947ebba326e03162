import { describe, expect, it } from "vitest";
import {
  catalogSearch,
  isFiltered,
  parseCatalogParams,
  parsePrice,
} from "../../site/components/catalog/catalog-params.ts";
import { pageNumbers, pagePath, parsePageSegment } from "../../site/components/catalog/pagination.ts";

const villages = ["kon-k-tu", "dak-rang"];
const parse = (query: string, currency: "vnd" | "usd" = "vnd") =>
  parseCatalogParams(new URLSearchParams(query), villages, currency);

describe("catalogue query", () => {
  it("reads the form's filters and sort", () => {
    expect(
      parse("craft=basketry&ethnic_group=ba-na&village=kon-k-tu&price_min=200000&sort=price-asc"),
    ).toEqual({
      params: {
        craft: "basketry",
        ethnicGroup: "ba-na",
        village: "kon-k-tu",
        priceMin: 200000,
        sort: "price-asc",
      },
      problems: [],
    });
  });

  it("ignores empty fields, as a submitted form leaves them", () => {
    expect(parse("craft=&ethnic_group=&village=&price_min=&price_max=&sort=newest")).toEqual({
      params: { sort: "newest" },
      problems: [],
    });
  });

  it("leaves out and names what it does not understand", () => {
    const { params, problems } = parse(
      "craft=juggling&ethnic_group=x&village=atlantis&price_max=cheap&sort=random",
    );
    expect(params).toEqual({ sort: "newest" });
    expect(problems).toEqual(["craft", "ethnicGroup", "village", "sort", "priceMax"]);
  });

  it("drops a range whose minimum is above its maximum", () => {
    expect(parse("price_min=500000&price_max=100000")).toEqual({
      params: { sort: "newest" },
      problems: ["priceRange"],
    });
  });

  it("writes back only what differs from the defaults", () => {
    expect(catalogSearch({ sort: "newest" })).toBe("");
    expect(catalogSearch({ craft: "basketry", priceMax: 450000, sort: "name" })).toBe(
      "?craft=basketry&price_max=450000&sort=name",
    );
    expect(isFiltered({ sort: "price-desc" })).toBe(false);
    expect(isFiltered({ sort: "newest", priceMin: 0 })).toBe(true);
  });
});

describe("prices as people type them", () => {
  it("reads đồng with dots or spaces as thousands separators", () => {
    expect(parsePrice("200.000", "vnd")).toBe(200000);
    expect(parsePrice("1 250 000 ₫", "vnd")).toBe(1250000);
  });

  it("reads dollars with cents", () => {
    expect(parsePrice("12.50", "usd")).toBe(12.5);
    expect(parsePrice("$1,200", "usd")).toBe(1200);
  });

  it("is undefined when empty and NaN when not a price of 0 or more", () => {
    expect(parsePrice("  ", "vnd")).toBeUndefined();
    expect(parsePrice("-5", "vnd")).toBeNaN();
    expect(parsePrice("abc", "usd")).toBeNaN();
  });
});

describe("pagination", () => {
  it("accepts page numbers only, without leading zeros", () => {
    expect(parsePageSegment("2")).toBe(2);
    expect(parsePageSegment("02")).toBeUndefined();
    expect(parsePageSegment("two")).toBeUndefined();
    expect(parsePageSegment(undefined)).toBeUndefined();
  });

  it("puts page 1 at the catalogue's own path", () => {
    expect(pagePath(1)).toBe("products");
    expect(pagePath(3)).toBe("products/page/3");
  });

  it("links every page when there are few, and leaves gaps when there are many", () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
    expect(pageNumbers(2, 6)).toEqual([1, 2, 3, 4, "gap", 6]);
  });
});
