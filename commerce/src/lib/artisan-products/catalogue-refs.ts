import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils";

/** Where an artisan's new product is sold from: the storefront channel, the default shipping profile, a stock location. */
export interface CatalogueRefs {
  sales_channel_id: string;
  shipping_profile_id: string;
  location_id: string;
}

/** The prefix of a village's pickup option type code: `pickup-<village handle>` (seed/fixtures/locations.ts). */
const VILLAGE_PICKUP_PREFIX = "pickup-";

/** The stock location whose pickup option serves the village (its workshop), if there is one. */
async function villageLocationId(scope: MedusaContainer, villageHandle: string): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data: types } = await query.graph({
    entity: "shipping_option_type",
    fields: ["id"],
    filters: { code: `${VILLAGE_PICKUP_PREFIX}${villageHandle}` },
  });
  if (!types.length) return null;
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.location.id"],
    filters: { shipping_option_type_id: types.map((type) => type.id) },
  });
  return options[0]?.service_zone?.fulfillment_set?.location?.id ?? null;
}

/**
 * The store's storefront channel and default shipping profile, and the stock location of the
 * artisan's village workshop (the store's default location when the village has none).
 */
export async function catalogueRefsFor(
  scope: MedusaContainer,
  villageHandle: string,
): Promise<CatalogueRefs> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { take: 1 });
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  });
  const locationId = (await villageLocationId(scope, villageHandle)) ?? store?.default_location_id;
  if (!store?.default_sales_channel_id || !profiles[0] || !locationId) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The store has no default sales channel, shipping profile or stock location: run `npm run setup` first",
    );
  }
  return {
    sales_channel_id: store.default_sales_channel_id,
    shipping_profile_id: profiles[0].id,
    location_id: locationId,
  };
}

/** Dollars for a price in đồng, as the sample catalogue prices them: about 25 000 ₫ to the dollar, to half a dollar, at least $0.50. */
export function usdFor(vnd: number): number {
  return Math.max(0.5, Math.round(vnd / 12_500) / 2);
}
