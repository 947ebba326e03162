import { createSalesChannelsWorkflow, updateSalesChannelsWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { storeFixture } from "./fixtures/store";
import type { StoreRecord } from "./store";

/**
 * Ensures the storefront's sales channel. On first boot Medusa creates a "Default Sales Channel" as the
 * store's default; it is renamed rather than left beside ours, so the admin shows one storefront channel.
 */
export async function ensureStorefrontChannel(
  { container }: SetupContext,
  store: StoreRecord,
): Promise<string> {
  const { name, description } = storeFixture.salesChannel;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name } });
  const [existing] = data;
  if (existing) return existing.id;

  const defaultId = store.default_sales_channel_id;
  if (defaultId) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: defaultId }, update: { name, description } },
    });
    return defaultId;
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name, description }] },
  });
  return result[0].id;
}
