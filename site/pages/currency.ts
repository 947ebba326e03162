import type { APIRoute } from "astro";
import { CURRENCY_COOKIE, isStoreCurrency, safeReturnPath } from "../lib/commerce/currency.ts";

export const prerender = false;

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * `GET /currency?to=usd&back=/en/products/x`: remembers the buyer's currency and goes back to the page.
 * A link, not a script, so it works on prerendered pages and without JavaScript.
 */
export const GET: APIRoute = ({ url, cookies }) => {
  const to = url.searchParams.get("to");
  const back = safeReturnPath(url.searchParams.get("back"));
  if (isStoreCurrency(to)) {
    cookies.set(CURRENCY_COOKIE, to, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  return new Response(null, {
    status: 303,
    headers: { Location: back, "Cache-Control": "no-store" },
  });
};
