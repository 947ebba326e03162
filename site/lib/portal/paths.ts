import type { Locale } from "../../i18n/index.ts";

/** Pages of the portal, under `/portal` (Vietnamese) and `/en/portal` (English). */
export type PortalPage =
  | ""
  | "login"
  | "invite"
  | "forgot-password"
  | "reset-password"
  | "products"
  | "products/new"
  | `products/${string}`
  | "orders"
  | "income"
  | "trace"
  | "trace/new"
  | `trace/${string}`
  | "sign-out";

/** `/portal/<page>` in the locale, without a trailing slash: `portalPath("en", "orders")` is `/en/portal/orders`. */
export function portalPath(locale: Locale, page: PortalPage, search?: Record<string, string>): string {
  const base = `${locale === "vi" ? "" : `/${locale}`}/portal${page ? `/${page}` : ""}`;
  const query = search && Object.keys(search).length ? `?${new URLSearchParams(search)}` : "";
  return base + query;
}

/**
 * Where to go after signing in: a `next` value is followed only when it is a portal path of this site
 * (never another host, never `//evil.example`), else the product list.
 */
export function safeNext(next: string | null | undefined, locale: Locale): string {
  if (next && /^\/(en\/)?portal(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(next) && !next.includes("//")) {
    return next;
  }
  return portalPath(locale, "products");
}
