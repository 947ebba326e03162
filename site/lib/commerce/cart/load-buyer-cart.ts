import type { AstroCookies } from "astro";
import type { HttpTypes } from "@medusajs/types";
import type { Locale } from "../../../i18n/index.ts";
import { storeCurrency } from "../currency.ts";
import type { StoreCurrency } from "../regions.ts";
import { CART_COOKIE, isCartId } from "./cart-cookie.ts";
import { cartInCurrency } from "./cart-currency.ts";
import { toCartView, type CartView } from "./cart-view.ts";
import { listLineDetails } from "./line-details.ts";
import { retrieveCart } from "./retrieve-cart.ts";

export interface BuyerCart {
  currency: StoreCurrency;
  /** Medusa's cart, in the region of the buyer's currency; undefined when they have none. */
  cart: HttpTypes.StoreCart | undefined;
  /** The same, as pages and islands show it. */
  view: CartView | undefined;
}

/**
 * The cart of the buyer's cookie, moved to the region of the currency they chose. A cookie whose cart
 * is gone or already ordered is cleared. When Medusa is down this throws and the cookie stays.
 */
export async function loadBuyerCart(cookies: AstroCookies, locale: Locale): Promise<BuyerCart> {
  const currency = storeCurrency(cookies, locale);
  const cookieId = cookies.get(CART_COOKIE)?.value;
  if (!isCartId(cookieId)) return { currency, cart: undefined, view: undefined };
  const found = await retrieveCart(cookieId);
  if (!found) {
    cookies.delete(CART_COOKIE, { path: "/" });
    return { currency, cart: undefined, view: undefined };
  }
  const cart = await cartInCurrency(found, currency);
  const view = toCartView(cart, await listLineDetails(cart.items ?? [], locale));
  return { currency, cart, view };
}
