import type { AstroCookies } from "astro";
import type { Locale } from "../../i18n/index.ts";
import { isLineItemError, type LineItemError } from "../../lib/commerce/cart/line-item-error.ts";
import { loadBuyerCart } from "../../lib/commerce/cart/load-buyer-cart.ts";
import type { CartView } from "../../lib/commerce/cart/cart-view.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";

export interface CartPageData {
  currency: StoreCurrency;
  cart: CartView | undefined;
  /** What the last form post did: `?added=1`, `?updated=1` or `?error=<code>`. */
  notice: { kind: "added" | "updated" } | { kind: "error"; error: LineItemError } | null;
}

export function noticeOf(search: URLSearchParams): CartPageData["notice"] {
  const error = search.get("error");
  if (isLineItemError(error)) return { kind: "error", error };
  if (search.get("added")) return { kind: "added" };
  if (search.get("updated")) return { kind: "updated" };
  return null;
}

/** The cart page's data: the buyer's cart (moved to their currency's region) and the last notice. */
export async function loadCartPage(cookies: AstroCookies, locale: Locale, url: URL): Promise<CartPageData> {
  const { currency, view } = await loadBuyerCart(cookies, locale);
  return { currency, cart: view, notice: noticeOf(url.searchParams) };
}

/**
 * The add-to-cart endpoint rewrites to the cart page with `?error=unavailable` when Medusa is down:
 * then the page answers 503 at once, whatever the cookie holds.
 */
export function rewrittenAsUnavailable(request: Request, url: URL): boolean {
  return request.method === "POST" && url.searchParams.get("error") === "unavailable";
}
