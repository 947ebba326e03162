import { getCollection } from "astro:content";
import type { HttpTypes } from "@medusajs/types";
import { handleOf } from "../../schemas/localized-reference.ts";
import type { Locale } from "../../i18n/index.ts";
import { cartStrings } from "../cart/cart-strings.ts";

/** A way to receive the cart, in the page's language: plain data for the checkout island. */
export interface ShippingChoice {
  id: string;
  kind: "delivery" | "pickup";
  label: string;
  /** In the cart's currency, whole units; 0 is free. */
  amount: number;
  /** Where to pick up, when Medusa knows the location's address. */
  address: string | null;
}

type OptionWithZone = HttpTypes.StoreCartShippingOption &
  Partial<Pick<HttpTypes.StoreCartShippingOptionWithServiceZone, "service_zone">>;

/** Village names in `locale`, by handle (the shipping option codes carry `pickup-<handle>`). */
export async function villageNames(locale: Locale): Promise<Map<string, string>> {
  const villages = await getCollection("villages", (entry) => entry.data.locale === locale);
  return new Map(villages.map((village) => [handleOf(village.id), village.data.name]));
}

/**
 * Medusa's options (named in Vietnamese, typed by a code such as `delivery-vn`, `pickup-centre`,
 * `pickup-<village>`) as the page shows them; an unknown code keeps Medusa's name.
 */
export function toShippingChoices(
  options: OptionWithZone[],
  locale: Locale,
  villages: Map<string, string>,
): ShippingChoice[] {
  const t = cartStrings(locale);
  return options.map((option) => {
    const code = option.type?.code ?? "";
    const kind = option.service_zone?.fulfillment_set?.type === "pickup" ? "pickup" : "delivery";
    const village = villages.get(code.replace(/^pickup-/, ""));
    const label =
      code === "delivery-vn"
        ? t("cart.checkout.delivery")
        : code === "delivery-international"
          ? t("cart.checkout.deliveryInternational")
          : code === "pickup-centre"
            ? t("cart.checkout.pickupCentre")
            : code.startsWith("pickup-") && village
              ? t("cart.checkout.pickupVillage", { name: village })
              : option.name;
    const place = option.service_zone?.fulfillment_set?.location?.address;
    const address =
      kind === "pickup" && place
        ? [place.address_1, place.city, place.province].filter(Boolean).join(", ")
        : null;
    return { id: option.id, kind, label, amount: option.amount, address };
  });
}
