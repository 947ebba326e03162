import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { rangeOfQuery, type IncomeRange } from "../../lib/portal/income-period.ts";
import {
  requireArtisan,
  type PortalContext,
  type PortalRoute,
  type Signed,
} from "../../lib/portal/session.ts";
import type {
  ArtisanIncome,
  ArtisanOrdersResponse,
  ArtisanProductsResponse,
} from "../../lib/portal/types.ts";
import type { FormError } from "./load-sign-in.ts";

/** The list pages of the portal: my products, my orders, my income. */
export const PAGE_SIZE = 20;

export interface Paged {
  page: number;
  pages: number;
}

function pageOf(url: URL): number {
  const page = Number(url.searchParams.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Loads one page of a list route for the signed-in artisan. */
export async function loadList<T extends { count: number }>(
  context: PortalContext,
  path: string,
): Promise<PortalRoute<{ signed: Signed; list: T; paged: Paged }>> {
  const session = await requireArtisan(context);
  if (session.kind !== "ok") return session;
  const page = pageOf(context.url);
  const result = await callMedusa<T>(path, {
    token: session.data.token,
    query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  if (!result.ok) {
    if (result.code === "unavailable") return { kind: "unavailable" };
    throw new Error(`[portal] GET ${path}: Medusa answered ${result.status} ${result.message}`);
  }
  const pages = Math.max(1, Math.ceil(result.data.count / PAGE_SIZE));
  return { kind: "ok", data: { signed: session.data, list: result.data, paged: { page, pages } } };
}

export interface ProductsData {
  signed: Signed;
  list: ArtisanProductsResponse;
  paged: Paged;
}

export const loadProductsPage = (context: PortalContext): Promise<PortalRoute<ProductsData>> =>
  loadList<ArtisanProductsResponse>(context, "/artisan/products");

export interface OrdersData {
  signed: Signed;
  list: ArtisanOrdersResponse;
  paged: Paged;
}

export const loadOrdersPage = (context: PortalContext): Promise<PortalRoute<OrdersData>> =>
  loadList<ArtisanOrdersResponse>(context, "/artisan/orders");

export interface IncomeData {
  signed: Signed;
  range: IncomeRange;
  income?: ArtisanIncome;
  error?: FormError;
}

export async function loadIncomePage(context: PortalContext): Promise<PortalRoute<IncomeData>> {
  const session = await requireArtisan(context);
  if (session.kind !== "ok") return session;
  const { range, error } = rangeOfQuery(context.url.searchParams);
  const data: IncomeData = { signed: session.data, range };
  if (error) {
    context.response.status = 400;
    return { kind: "ok", data: { ...data, error: { code: error } } };
  }
  const result = await callMedusa<ArtisanIncome>("/artisan/income", {
    token: session.data.token,
    query: { from: range.from, to: range.to },
  });
  if (result.ok) return { kind: "ok", data: { ...data, income: result.data } };
  if (result.code === "unavailable") return { kind: "unavailable" };
  context.response.status = result.status;
  return { kind: "ok", data: { ...data, error: { code: result.code } } };
}
