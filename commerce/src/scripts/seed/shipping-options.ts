import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { shippingFixture } from "./fixtures/stock-location";
import { countriesOf } from "./regions";

type ServiceZones = { id: string; name: string }[];

/**
 * Ensures delivery from the stock location: a fulfillment set, one service zone per region (its
 * countries) and one flat-rate shipping option per zone. Matches existing ones by name.
 */
export async function ensureShippingOptions(
  context: SetupContext,
  locationId: string,
  shippingProfileId: string,
): Promise<void> {
  const { container } = context;
  const fulfillmentSetId = await ensureFulfillmentSet(context, locationId);
  const zones = await ensureServiceZones(context, fulfillmentSetId);

  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["name"],
    filters: { service_zone_id: zones.map((zone) => zone.id) },
  });
  const missing = shippingFixture.zones.filter(
    (zone) => !existing.some((option) => option.name === zone.option.name),
  );
  if (!missing.length) return;
  await createShippingOptionsWorkflow(container).run({
    input: missing.map(({ regionName, option }) => ({
      name: option.name,
      type: option.type,
      price_type: "flat" as const,
      prices: [option.price],
      provider_id: shippingFixture.providerId,
      service_zone_id: zoneId(zones, regionName),
      shipping_profile_id: shippingProfileId,
      rules: [
        { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
        { attribute: "is_return", operator: "eq" as const, value: "false" },
      ],
    })),
  });
}

function zoneId(zones: ServiceZones, name: string): string {
  const zone = zones.find((candidate) => candidate.name === name);
  if (!zone) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service zone "${name}" was not created`);
  return zone.id;
}

async function ensureFulfillmentSet({ container }: SetupContext, locationId: string): Promise<string> {
  const find = async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id", "fulfillment_sets.name"],
      filters: { id: locationId },
    });
    const sets = data[0]?.fulfillment_sets ?? [];
    return sets.find(
      (set: { id: string; name?: string } | null) => set?.name === shippingFixture.fulfillmentSetName,
    )?.id;
  };
  const existing = await find();
  if (existing) return existing;
  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: locationId,
      fulfillment_set_data: { name: shippingFixture.fulfillmentSetName, type: "shipping" },
    },
  });
  const created = await find();
  if (!created) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Fulfillment set of location ${locationId} was not created`,
    );
  }
  return created;
}

async function ensureServiceZones(
  { container }: SetupContext,
  fulfillmentSetId: string,
): Promise<ServiceZones> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "service_zone",
    fields: ["id", "name"],
    filters: { fulfillment_set_id: fulfillmentSetId },
  });
  const zones: ServiceZones = existing.map((zone) => ({ id: zone.id, name: zone.name }));
  const missing = shippingFixture.zones.filter((zone) => !zones.some((z) => z.name === zone.regionName));
  if (!missing.length) return zones;
  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: missing.map(({ regionName }) => ({
        name: regionName,
        fulfillment_set_id: fulfillmentSetId,
        geo_zones: countriesOf(regionName).map((country_code) => ({
          type: "country" as const,
          country_code,
        })),
      })),
    },
  });
  return [...zones, ...result.map((zone) => ({ id: zone.id, name: zone.name }))];
}
