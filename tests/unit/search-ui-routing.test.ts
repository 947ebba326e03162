import { describe, expect, it } from "vitest";
import {
  routeToSearch,
  routeToState,
  searchToRoute,
  sortIndexName,
  stateToRoute,
  type SearchRoute,
  type SearchTarget,
} from "../../site/lib/search/routing.ts";

const vnd: SearchTarget = { indexName: "products", priceField: "price_vnd" };
const usd: SearchTarget = { indexName: "products-en-US", priceField: "price_usd" };

describe("the search page's URL", () => {
  it("keeps a query, facets, stock, price, sort and page under readable keys", () => {
    const route: SearchRoute = {
      q: "tho cam",
      craft: ["brocade-weaving", "basketry"],
      ethnic: ["xo-dang"],
      ocop: ["4"],
      stock: true,
      price: { min: 100000, max: 500000 },
      sort: "price-asc",
      page: 2,
    };
    const search = routeToSearch(route);
    expect(search).toBe(
      "?q=tho+cam&craft=brocade-weaving%2Cbasketry&ethnic=xo-dang&ocop=4&stock=1&price=100000-500000&sort=price-asc&page=2",
    );
    expect(searchToRoute(search)).toEqual(route);
  });

  it("is empty for the default state, and page 1 is not written", () => {
    expect(routeToSearch({})).toBe("");
    expect(routeToSearch({ q: "gùi", page: 1 })).toBe("?q=g%C3%B9i");
  });

  it("leaves out what it does not understand, so a hand-edited link still opens", () => {
    expect(searchToRoute("?q=%20&sort=cheapest&page=-3&price=abc&stock=yes&craft=,")).toEqual({});
    expect(searchToRoute("?price=-300000")).toEqual({ price: { min: undefined, max: 300000 } });
  });

  it("maps InstantSearch's UI state to the route and back, in the buyer's currency", () => {
    const uiState = {
      "products-en-US": {
        query: "brocade",
        refinementList: { craft: ["brocade-weaving"], village: [], artisan: ["y-hlen"] },
        toggle: { in_stock: true },
        range: { price_usd: "10:" },
        sortBy: "products-en-US/sort/price_usd:desc",
        page: 3,
      },
    };
    const route = stateToRoute(uiState, usd);
    expect(route).toEqual({
      q: "brocade",
      craft: ["brocade-weaving"],
      artisan: ["y-hlen"],
      stock: true,
      price: { min: 10, max: undefined },
      sort: "price-desc",
      page: 3,
    });
    expect(routeToState(route, usd)).toEqual({
      "products-en-US": {
        query: "brocade",
        refinementList: { craft: ["brocade-weaving"], artisan: ["y-hlen"] },
        toggle: { in_stock: true },
        range: { price_usd: "10:" },
        sortBy: "products-en-US/sort/price_usd:desc",
        page: 3,
      },
    });
  });

  it("names each sort by the products index (the Medusa adapter reads the order from it)", () => {
    expect(sortIndexName(vnd, undefined)).toBe("products");
    expect(sortIndexName(vnd, "price-asc")).toBe("products/sort/price_vnd:asc");
    expect(sortIndexName(vnd, "newest")).toBe("products/sort/created_at:desc");
    expect(stateToRoute({ products: { sortBy: "products" } }, vnd)).toEqual({});
  });
});
