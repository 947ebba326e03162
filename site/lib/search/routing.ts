/**
 * The search page's state in its URL, with readable keys: `/search?q=tho+cam&craft=weaving&page=2`.
 * InstantSearch's history router writes it (shareable; the back button walks through it); the
 * mapping between its UI state and these keys is pure and unit-tested.
 */
import type { UiState } from "instantsearch.js";
import { history } from "instantsearch.js/es/lib/routers";

/** The facets people refine, by URL key: the document field each one filters. */
export const LIST_FACETS = {
  craft: "craft",
  ethnic: "ethnic_group",
  village: "village",
  artisan: "artisan",
  ocop: "ocop_stars",
} as const;
export type ListKey = keyof typeof LIST_FACETS;
const LIST_KEYS = Object.keys(LIST_FACETS) as ListKey[];

/** The toggle "in stock only". */
export const STOCK_FIELD = "in_stock";

/** Sort orders offered besides relevance, by URL value. */
export const SORTS = ["price-asc", "price-desc", "newest"] as const;
export type Sort = (typeof SORTS)[number];

/** What the URL holds. Absent keys are defaults (no query, no filter, relevance, page 1). */
export interface SearchRoute {
  q?: string;
  craft?: string[];
  ethnic?: string[];
  village?: string[];
  artisan?: string[];
  ocop?: string[];
  stock?: boolean;
  /** Price bounds in the page's currency; either may be absent. */
  price?: { min?: number; max?: number };
  sort?: Sort;
  /** 1-based, as people count. */
  page?: number;
}

/** Where the page searches: its products index and the price field of the buyer's currency. */
export interface SearchTarget {
  indexName: string;
  priceField: "price_vnd" | "price_usd";
}

/** InstantSearch index name of a sort (the Medusa adapter reads the order from the name). */
export function sortIndexName(target: SearchTarget, sort: Sort | undefined): string {
  switch (sort) {
    case "price-asc":
      return `${target.indexName}/sort/${target.priceField}:asc`;
    case "price-desc":
      return `${target.indexName}/sort/${target.priceField}:desc`;
    case "newest":
      return `${target.indexName}/sort/created_at:desc`;
    default:
      return target.indexName;
  }
}

function sortOfIndexName(target: SearchTarget, name: string | undefined): Sort | undefined {
  return SORTS.find((sort) => sortIndexName(target, sort) === name);
}

const nonEmpty = <T>(values: T[] | undefined): T[] | undefined => (values?.length ? values : undefined);

function parseBound(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** InstantSearch's UI state of the products index → the route. */
export function stateToRoute(uiState: UiState, target: SearchTarget): SearchRoute {
  const state = uiState[target.indexName] ?? {};
  const route: SearchRoute = {};
  if (state.query?.trim()) route.q = state.query;
  for (const key of LIST_KEYS) {
    const values = nonEmpty(state.refinementList?.[LIST_FACETS[key]]);
    if (values) route[key] = values;
  }
  if (state.toggle?.[STOCK_FIELD]) route.stock = true;
  const range = state.range?.[target.priceField];
  if (range) {
    const [min, max] = range.split(":").map(parseBound);
    if (min !== undefined || max !== undefined) route.price = { min, max };
  }
  const sort = sortOfIndexName(target, state.sortBy);
  if (sort) route.sort = sort;
  if (state.page && state.page > 1) route.page = state.page;
  return route;
}

/** The route → InstantSearch's UI state of the products index. */
export function routeToState(route: SearchRoute, target: SearchTarget): UiState {
  const refinementList: Record<string, string[]> = {};
  for (const key of LIST_KEYS) {
    const values = nonEmpty(route[key]);
    if (values) refinementList[LIST_FACETS[key]] = values;
  }
  const price = route.price;
  return {
    [target.indexName]: {
      ...(route.q ? { query: route.q } : {}),
      ...(Object.keys(refinementList).length ? { refinementList } : {}),
      ...(route.stock ? { toggle: { [STOCK_FIELD]: true } } : {}),
      ...(price ? { range: { [target.priceField]: `${price.min ?? ""}:${price.max ?? ""}` } } : {}),
      ...(route.sort ? { sortBy: sortIndexName(target, route.sort) } : {}),
      ...(route.page && route.page > 1 ? { page: route.page } : {}),
    },
  };
}

/** The route as a query string (`?q=tho+cam&craft=weaving`), or "" for the default state. */
export function routeToSearch(route: SearchRoute): string {
  const params = new URLSearchParams();
  if (route.q) params.set("q", route.q);
  for (const key of LIST_KEYS) {
    const values = route[key];
    if (values?.length) params.set(key, values.join(","));
  }
  if (route.stock) params.set("stock", "1");
  if (route.price) params.set("price", `${route.price.min ?? ""}-${route.price.max ?? ""}`);
  if (route.sort) params.set("sort", route.sort);
  if (route.page && route.page > 1) params.set("page", String(route.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** A query string → the route; what it does not understand is left out (a hand-edited URL still opens). */
export function searchToRoute(search: string): SearchRoute {
  const params = new URLSearchParams(search);
  const route: SearchRoute = {};
  const q = params.get("q")?.trim();
  if (q) route.q = q;
  for (const key of LIST_KEYS) {
    const values = nonEmpty(
      (params.get(key) ?? "")
        .split(",")
        .map((value) => value.trim())
        .filter(Boolean),
    );
    if (values) route[key] = values;
  }
  if (params.get("stock") === "1") route.stock = true;
  const price = params.get("price");
  if (price?.includes("-")) {
    const [min, max] = price.split("-").map(parseBound);
    if (min !== undefined || max !== undefined) route.price = { min, max };
  }
  const sort = SORTS.find((value) => value === params.get("sort"));
  if (sort) route.sort = sort;
  const page = Number(params.get("page"));
  if (Number.isInteger(page) && page > 1) route.page = page;
  return route;
}

/** The `routing` prop of the search page's `<InstantSearch>`. */
export function searchRouting(target: SearchTarget) {
  return {
    router: history<SearchRoute>({
      // Leave the URL as it is when the island unmounts (e.g. the page is left).
      cleanUrlOnDispose: false,
      createURL: ({ routeState, location }) => `${location.pathname}${routeToSearch(routeState)}`,
      parseURL: ({ location }) => searchToRoute(location.search),
    }),
    stateMapping: {
      stateToRoute: (uiState: UiState) => stateToRoute(uiState, target),
      routeToState: (route: SearchRoute) => routeToState(route, target),
    },
  };
}
