import { updateStoresWorkflow } from "@medusajs/medusa/core-flows";
import type { UpdateStoreDTO } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { storeFixture } from "./fixtures/store";

/**
 * Key in the store's metadata that records when this version of the sample data was seeded. A new
 * version (more data) seeds again: every step matches what exists, so nothing is duplicated.
 */
export const SEED_MARKER = "kontum_sample_data_v3_seeded_at";

export interface StoreRecord {
  id: string;
  default_sales_channel_id: string | null;
  metadata: Record<string, unknown> | null;
}

export async function retrieveStore({ container }: SetupContext): Promise<StoreRecord> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "metadata"],
  });
  const [store] = data;
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No store exists; Medusa creates it on boot. Run `npx medusa db:migrate` first, then the setup again.",
    );
  }
  return {
    id: store.id,
    default_sales_channel_id: store.default_sales_channel_id ?? null,
    metadata: store.metadata ?? null,
  };
}

/** When the sample data was seeded, or undefined if it never was. */
export function seededAt(store: StoreRecord): string | undefined {
  const value = store.metadata?.[SEED_MARKER];
  return typeof value === "string" ? value : undefined;
}

/** Name, currencies (VND default, USD) and languages (Vietnamese default, English). */
export async function configureStoreCurrencies(
  { container }: SetupContext,
  store: StoreRecord,
): Promise<void> {
  await updateStore(container, store.id, {
    name: storeFixture.name,
    supported_currencies: storeFixture.currencies,
    supported_locales: storeFixture.locales.map((locale_code) => ({ locale_code })),
  });
}

/** Points the store at the seeded defaults and records the seed marker: the last step of the seed. */
export async function completeStore(
  { container }: SetupContext,
  store: StoreRecord,
  defaults: { salesChannelId: string; regionId: string; locationId: string },
): Promise<void> {
  await updateStore(container, store.id, {
    default_sales_channel_id: defaults.salesChannelId,
    default_region_id: defaults.regionId,
    default_location_id: defaults.locationId,
    metadata: { ...store.metadata, [SEED_MARKER]: new Date().toISOString() },
  });
}

function updateStore(
  container: SetupContext["container"],
  id: string,
  update: UpdateStoreDTO,
): Promise<unknown> {
  return updateStoresWorkflow(container).run({ input: { selector: { id }, update } });
}
