import type { AstroCookies } from "astro";
import type { Locale } from "../../i18n/index.ts";
import type { StoreCurrency } from "./regions.ts";

/** The buyer's chosen currency, kept a year; absent, each language has its own default. */
export const CURRENCY_COOKIE = "ktc_currency";
export const STORE_CURRENCIES: readonly StoreCurrency[] = ["vnd", "usd"];

/** Vietnamese pages price in đồng (region Việt Nam); English pages in dollars (International). */
const DEFAULT_CURRENCY: Record<Locale, StoreCurrency> = { vi: "vnd", en: "usd" };

export function isStoreCurrency(value: string | undefined | null): value is StoreCurrency {
  return (STORE_CURRENCIES as readonly (string | undefined | null)[]).includes(value);
}

/** The currency a page prices in: the buyer's choice, or the language's default. */
export function storeCurrency(cookies: AstroCookies, locale: Locale): StoreCurrency {
  const chosen = cookies.get(CURRENCY_COOKIE)?.value;
  return isStoreCurrency(chosen) ? chosen : DEFAULT_CURRENCY[locale];
}

/**
 * Response headers of a page whose prices depend on the currency cookie: shared caches keep one copy
 * per cookie header (`Vary: Cookie`) for `s-maxage` seconds.
 */
export function pricedPageHeaders(headers: Headers, cacheControl: string): void {
  headers.set("Cache-Control", cacheControl);
  headers.append("Vary", "Cookie");
}

/** Where to send the buyer back after a switch: a path of this site, never another origin. */
export function safeReturnPath(back: string | null): string {
  if (!back || !back.startsWith("/") || back.startsWith("//") || back.includes("\\")) return "/";
  return back;
}
