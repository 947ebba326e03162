import type { AstroCookies } from "astro";
import type { Locale } from "../../i18n/index.ts";
import { loadBuyerCart } from "../../lib/commerce/cart/load-buyer-cart.ts";
import type { CartView } from "../../lib/commerce/cart/cart-view.ts";
import { sdk } from "../../lib/commerce/client.ts";
import { callMedusa } from "../../lib/commerce/errors.ts";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";
import type { CheckoutContext } from "./checkout-schema.ts";
import { toShippingChoices, villageNames, type ShippingChoice } from "./shipping-choices.ts";

export const COD_PROVIDER = "pp_system_default";
export const VIETQR_PROVIDER = "pp_vietqr_vietqr";

/** What the checkout island starts from: the cart, the ways to receive and pay, the region's countries. */
export interface CheckoutData {
  currency: StoreCurrency;
  cart: CartView;
  shippingChoices: ShippingChoice[];
  countries: { code: string; name: string }[];
  context: CheckoutContext;
}

/**
 * The buyer's cart with its shipping options, payment providers (COD; VietQR only for đồng carts)
 * and countries, or undefined when the cart is empty. Medusa down throws a CommerceError.
 */
export async function loadCheckout(cookies: AstroCookies, locale: Locale): Promise<CheckoutData | undefined> {
  const { currency, cart, view } = await loadBuyerCart(cookies, locale);
  if (!cart || !view || !view.lines.length) return undefined;
  const regionId = cart.region_id ?? "";
  const [{ shipping_options }, { region }, { payment_providers }, villages] = await Promise.all([
    callMedusa("list shipping options", () => sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })),
    callMedusa("retrieve region", () => sdk.store.region.retrieve(regionId, { fields: "id,*countries" })),
    callMedusa("list payment providers", () =>
      sdk.store.payment.listPaymentProviders({ region_id: regionId }),
    ),
    villageNames(locale),
  ]);
  const shippingChoices = toShippingChoices(shipping_options, locale, villages);
  const vietnam = cart.currency_code === "vnd";
  const offered = payment_providers.map((provider) => provider.id);
  const paymentProviders = [COD_PROVIDER, ...(vietnam ? [VIETQR_PROVIDER] : [])].filter((id) =>
    offered.includes(id),
  );
  const displayNames = new Intl.DisplayNames([locale], { type: "region" });
  const countries = (region.countries ?? [])
    .flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : []))
    .map((code) => ({ code, name: displayNames.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    currency,
    cart: view,
    shippingChoices,
    countries,
    context: {
      vietnam,
      countries: countries.map((country) => country.code),
      shippingOptionIds: shippingChoices.map((choice) => choice.id),
      pickupOptionIds: shippingChoices
        .filter((choice) => choice.kind === "pickup")
        .map((choice) => choice.id),
      paymentProviders,
    },
  };
}
