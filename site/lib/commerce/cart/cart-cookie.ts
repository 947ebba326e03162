/**
 * The buyer's cart id lives in one cookie, shared by server pages and islands: path /, SameSite=Lax,
 * 30 days, readable by scripts (not HttpOnly: the checkout island reads and clears it). It is kept when
 * Medusa is down, so the cart comes back with it. No Astro or DOM import here: both sides use it.
 */
export const CART_COOKIE = "ktc_cart";
export const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

/** Medusa cart ids look like `cart_01J…`; anything else in the cookie is ignored. */
export function isCartId(value: string | undefined | null): value is string {
  return typeof value === "string" && /^cart_[0-9A-Za-z]{10,40}$/.test(value);
}

/** The cookie's options for Astro's `cookies.set`. */
export const CART_COOKIE_OPTIONS = {
  path: "/",
  sameSite: "lax",
  maxAge: CART_COOKIE_MAX_AGE,
  httpOnly: false,
} as const;

/** In the browser: the cart id from `document.cookie`, if any. */
export function readCartIdFromDocument(): string | undefined {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${CART_COOKIE}=`));
  const value = entry ? decodeURIComponent(entry.slice(CART_COOKIE.length + 1)) : undefined;
  return isCartId(value) ? value : undefined;
}

/** In the browser: forgets the cart (after the order is placed). */
export function clearCartCookieInDocument(): void {
  document.cookie = `${CART_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}
