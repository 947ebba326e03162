import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { pickupReadyAttribute } from "../../lib/pickup-locations";
import type { SetupContext } from "../setup/progress";
import { FULFILLMENT_PROVIDER_ID, locationFixtures, type FulfillmentFixture } from "./fixtures/locations";
import { countriesOf } from "./regions";
import type { LocationIds } from "./stock-locations";

/**
 * Ensures each location's fulfillment sets, one service zone per region (its countries) and one
 * flat-rate option per zone. Village pickups carry the rule that the village holds the whole cart
 * (workflows/hooks/pickup-ready-context.ts). Matches existing ones by name.
 */
export async function ensureShippingOptions(
  context: SetupContext,
  locationIds: LocationIds,
  shippingProfileId: string,
): Promise<void> {
  for (const location of locationFixtures) {
    const locationId = locationIds[location.name];
    for (const fixture of location.fulfillment) {
      const setId = await ensureFulfillmentSet(context, locationId, fixture);
      await ensureZonesAndOptions(context, { setId, locationId, fixture, shippingProfileId });
    }
  }
}

async function ensureFulfillmentSet(
  { container }: SetupContext,
  locationId: string,
  fixture: FulfillmentFixture,
): Promise<string> {
  const find = async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id", "fulfillment_sets.name"],
      filters: { id: locationId },
    });
    return (data[0]?.fulfillment_sets ?? []).find(
      (set: { id: string; name?: string } | null) => set?.name === fixture.name,
    )?.id;
  };
  const existing = await find();
  if (existing) return existing;
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: locationId, fulfillment_set_data: { name: fixture.name, type: fixture.type } },
  });
  const created = await find();
  if (!created) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fulfillment set "${fixture.name}" was not created`);
  }
  return created;
}

async function ensureZonesAndOptions(
  { container }: SetupContext,
  refs: { setId: string; locationId: string; fixture: FulfillmentFixture; shippingProfileId: string },
): Promise<void> {
  const { setId, locationId, fixture, shippingProfileId } = refs;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "service_zone",
    fields: ["id", "name", "shipping_options.name"],
    filters: { fulfillment_set_id: setId },
  });
  const zones = data.map((zone) => ({
    id: zone.id,
    name: zone.name,
    options: (zone.shipping_options ?? []).map((option: { name?: string } | null) => option?.name),
  }));
  // Service zone names are unique across the store: the set's name makes them so.
  const zoneName = (regionName: string) => `${fixture.name} · ${regionName}`;
  const missingZones = fixture.zones.filter(
    (zone) => !zones.some((z) => z.name === zoneName(zone.regionName)),
  );
  if (missingZones.length) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: missingZones.map(({ regionName }) => ({
          name: zoneName(regionName),
          fulfillment_set_id: setId,
          geo_zones: countriesOf(regionName).map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        })),
      },
    });
    zones.push(...result.map((zone) => ({ id: zone.id, name: zone.name, options: [] })));
  }
  const missingOptions = fixture.zones.filter(
    ({ regionName, option }) =>
      !zones.find((zone) => zone.name === regionName)?.options.includes(option.name),
  );
  if (!missingOptions.length) return;
  await createShippingOptionsWorkflow(container).run({
    input: missingOptions.map(({ regionName, option }) => ({
      name: option.name,
      type: option.type,
      price_type: "flat" as const,
      prices: [option.price],
      provider_id: FULFILLMENT_PROVIDER_ID,
      service_zone_id: zones.find((zone) => zone.name === zoneName(regionName))?.id ?? "",
      shipping_profile_id: shippingProfileId,
      rules: [
        { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
        { attribute: "is_return", operator: "eq" as const, value: "false" },
        ...(fixture.onlyWhenStocked
          ? [{ attribute: pickupReadyAttribute(locationId), operator: "eq" as const, value: "true" }]
          : []),
      ],
    })),
  });
}
