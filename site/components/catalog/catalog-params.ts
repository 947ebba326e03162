import {
  CRAFTS,
  ETHNIC_GROUPS,
  type Craft,
  type EthnicGroup,
} from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { CatalogOrder } from "../../lib/commerce/catalog-filter.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";

/** The catalogue's sort choices, as they appear in its URL, and the catalogue order each asks for. */
export const SORTS = {
  newest: "-created_at",
  "price-asc": "price",
  "price-desc": "-price",
  name: "title",
} as const satisfies Record<string, CatalogOrder>;
export type Sort = keyof typeof SORTS;
export const DEFAULT_SORT: Sort = "newest";

/** What the catalogue's GET form asks for, checked. */
export interface CatalogParams {
  craft?: Craft;
  ethnicGroup?: EthnicGroup;
  /** A village handle from the villages collection. */
  village?: string;
  /** In the page's currency, main units. */
  priceMin?: number;
  priceMax?: number;
  sort: Sort;
}

/** A query value that was not understood and left out; the page says which. */
export type CatalogProblem =
  "craft" | "ethnicGroup" | "village" | "priceMin" | "priceMax" | "priceRange" | "sort";

/** Query parameter of each field (the form's input names). */
export const PARAM_NAMES = {
  craft: "craft",
  ethnicGroup: "ethnic_group",
  village: "village",
  priceMin: "price_min",
  priceMax: "price_max",
  sort: "sort",
} as const satisfies Record<keyof CatalogParams, string>;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * A price as people type it: "200000", "200.000" or "200 000" đồng; "12.50" dollars. Undefined when
 * empty, NaN when it is not a price of 0 or more.
 */
export function parsePrice(raw: string, currency: StoreCurrency): number | undefined {
  const compact = raw.replace(/[\s\u00a0₫$]/g, "");
  if (!compact) return undefined;
  const normalized = currency === "vnd" ? compact.replace(/[.,]/g, "") : compact.replace(/,/g, "");
  const value = /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Reads the catalogue's query: values outside the closed lists, villages that do not exist and prices
 * that are not prices are left out and named in `problems`, so the page can say so instead of failing.
 */
export function parseCatalogParams(
  search: URLSearchParams,
  villageHandles: readonly string[],
  currency: StoreCurrency,
): { params: CatalogParams; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const params: CatalogParams = { sort: DEFAULT_SORT };
  const read = (name: string) => search.get(name)?.trim() ?? "";

  const craft = read(PARAM_NAMES.craft);
  if (craft && isOneOf(CRAFTS, craft)) params.craft = craft;
  else if (craft) problems.push("craft");
  const group = read(PARAM_NAMES.ethnicGroup);
  if (group && isOneOf(ETHNIC_GROUPS, group)) params.ethnicGroup = group;
  else if (group) problems.push("ethnicGroup");
  const village = read(PARAM_NAMES.village);
  if (village && villageHandles.includes(village)) params.village = village;
  else if (village) problems.push("village");
  const sort = read(PARAM_NAMES.sort);
  if (sort && sort in SORTS) params.sort = sort as Sort;
  else if (sort) problems.push("sort");

  for (const field of ["priceMin", "priceMax"] as const) {
    const value = parsePrice(read(PARAM_NAMES[field]), currency);
    if (value === undefined) continue;
    if (Number.isNaN(value)) problems.push(field);
    else params[field] = value;
  }
  if (params.priceMin !== undefined && params.priceMax !== undefined && params.priceMin > params.priceMax) {
    problems.push("priceRange");
    delete params.priceMin;
    delete params.priceMax;
  }
  return { params, problems };
}

/** The query string of these params ("" when all are defaults), e.g. "?craft=basketry&sort=price-asc". */
export function catalogSearch(params: CatalogParams): string {
  const search = new URLSearchParams();
  if (params.craft) search.set(PARAM_NAMES.craft, params.craft);
  if (params.ethnicGroup) search.set(PARAM_NAMES.ethnicGroup, params.ethnicGroup);
  if (params.village) search.set(PARAM_NAMES.village, params.village);
  if (params.priceMin !== undefined) search.set(PARAM_NAMES.priceMin, String(params.priceMin));
  if (params.priceMax !== undefined) search.set(PARAM_NAMES.priceMax, String(params.priceMax));
  if (params.sort !== DEFAULT_SORT) search.set(PARAM_NAMES.sort, params.sort);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Whether any filter (not the sort) narrows the list. */
export function isFiltered(params: CatalogParams): boolean {
  return [params.craft, params.ethnicGroup, params.village, params.priceMin, params.priceMax].some(
    (value) => value !== undefined,
  );
}
