import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
} from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { storeFixture } from "./fixtures/store";

/**
 * Ensures a publishable API key titled storeFixture.publishableKeyTitle, linked to the storefront
 * channel. The key Medusa creates on first boot ("Default Publishable API Key", already linked to the
 * default channel) is adopted and renamed; otherwise a key is created.
 */
export async function ensurePublishableKey(
  { container }: SetupContext,
  salesChannelId: string,
): Promise<void> {
  const title = storeFixture.publishableKeyTitle;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "title", "revoked_at", "sales_channels.id"],
    filters: { type: "publishable" },
  });
  const usable = keys.filter((key) => !key.revoked_at);
  const linked = (key: (typeof usable)[number]) =>
    (key.sales_channels ?? []).some((channel: { id?: string } | null) => channel?.id === salesChannelId);
  const key = usable.find((candidate) => candidate.title === title) ?? usable.find(linked);

  let keyId = key?.id;
  if (!keyId) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
    });
    keyId = result[0].id;
  } else if (key?.title !== title) {
    await updateApiKeysWorkflow(container).run({ input: { selector: { id: keyId }, update: { title } } });
  }
  if (!key || !linked(key)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keyId, add: [salesChannelId] } });
  }
}
