import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { shippingFixture, stockLocationFixture } from "./fixtures/stock-location";

/**
 * Ensures the sample cooperative's stock location, sold through the storefront channel and served by
 * the manual fulfillment provider. Returns its id.
 */
export async function ensureStockLocation(
  { container }: SetupContext,
  salesChannelId: string,
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { name: stockLocationFixture.name },
  });
  const [existing] = data;
  let locationId = existing?.id;
  if (!locationId) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [stockLocationFixture] },
    });
    locationId = result[0].id;
  }

  const channels = existing?.sales_channels ?? [];
  if (!channels.some((channel: { id?: string } | null) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: locationId, add: [salesChannelId] },
    });
  }
  const providers = existing?.fulfillment_providers ?? [];
  if (!providers.some((provider: { id?: string } | null) => provider?.id === shippingFixture.providerId)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: shippingFixture.providerId },
        },
      ],
    });
  }
  return locationId;
}
