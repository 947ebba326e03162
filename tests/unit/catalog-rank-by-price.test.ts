import { describe, expect, it } from "vitest";
import { lowestPrice, rankByLowestPrice } from "../../commerce/src/api/store/catalog/rank-by-price.ts";

const product = (id: string, ...amounts: (number | null)[]) => ({
  id,
  variants: amounts.map((amount) => ({
    calculated_price: amount === null ? null : { calculated_amount: amount },
  })),
});

describe("lowest price of a product", () => {
  it("is its cheapest variant's price, or null when no variant is priced in the region", () => {
    expect(lowestPrice(product("a", 450000, 380000, null))).toBe(380000);
    expect(lowestPrice(product("b", null))).toBeNull();
    expect(lowestPrice({ id: "c", variants: null })).toBeNull();
  });
});

describe("ranking by lowest price", () => {
  const rows = [
    product("scarf", 450000, 450000),
    product("basket", 900000, 250000),
    product("statue", 1200000),
    product("unpriced", null),
    product("bag", 250000),
  ];

  it("orders cheapest first, ties by id, and unpriced products last", () => {
    expect(rankByLowestPrice(rows, { direction: "ASC" })).toEqual([
      "bag",
      "basket",
      "scarf",
      "statue",
      "unpriced",
    ]);
  });

  it("orders dearest first with DESC, unpriced products still last", () => {
    expect(rankByLowestPrice(rows, { direction: "DESC" })).toEqual([
      "statue",
      "scarf",
      "bag",
      "basket",
      "unpriced",
    ]);
  });

  it("keeps prices within inclusive bounds and drops unpriced products", () => {
    expect(rankByLowestPrice(rows, { min: 250000, max: 450000, direction: "ASC" })).toEqual([
      "bag",
      "basket",
      "scarf",
    ]);
    expect(rankByLowestPrice(rows, { min: 1000000, direction: "ASC" })).toEqual(["statue"]);
    expect(rankByLowestPrice(rows, { max: 100, direction: "ASC" })).toEqual([]);
  });
});
