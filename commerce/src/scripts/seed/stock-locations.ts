import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { FULFILLMENT_PROVIDER_ID, locationFixtures } from "./fixtures/locations";

/** Location ids by name. */
export type LocationIds = Record<string, string>;

/**
 * Ensures the centre and one workshop per village as stock locations, sold through the storefront
 * channel and served by the manual fulfillment provider. Matches existing ones by name.
 */
export async function ensureStockLocations(
  { container }: SetupContext,
  salesChannelId: string,
): Promise<LocationIds> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "sales_channels.id", "fulfillment_providers.id"],
    filters: { name: locationFixtures.map((location) => location.name) },
  });
  const ids: LocationIds = Object.fromEntries(existing.map((location) => [location.name, location.id]));
  const missing = locationFixtures.filter((location) => !ids[location.name]);
  if (missing.length) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: missing.map(({ name, address }) => ({ name, address })) },
    });
    for (const location of result) ids[location.name] = location.id;
  }
  for (const fixture of locationFixtures) {
    const id = ids[fixture.name];
    const current = existing.find((location) => location.id === id);
    if (
      !(current?.sales_channels ?? []).some(
        (channel: { id?: string } | null) => channel?.id === salesChannelId,
      )
    ) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id, add: [salesChannelId] } });
    }
    if (
      !(current?.fulfillment_providers ?? []).some(
        (provider: { id?: string } | null) => provider?.id === FULFILLMENT_PROVIDER_ID,
      )
    ) {
      await createLinksWorkflow(container).run({
        input: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
          },
        ],
      });
    }
  }
  return ids;
}
