import type { SetupContext } from "../setup/progress";
import { productFixtures } from "./fixtures/products";
import { storeFixture } from "./fixtures/store";
import { ensureInventoryLevels } from "./inventory";
import { ensureSampleProducts } from "./products";
import { ensurePublishableKey } from "./publishable-key";
import { ensureRegions } from "./regions";
import { ensureStorefrontChannel } from "./sales-channel";
import { ensureShippingOptions } from "./shipping-options";
import { ensureDefaultShippingProfile } from "./shipping-profile";
import { ensureStockLocation } from "./stock-location";
import { completeStore, configureStoreCurrencies, type StoreRecord } from "./store";

/**
 * Seeds the sample store, step by step. Each step matches what exists by name, handle or SKU, so a run
 * interrupted half-way can simply be run again; the last step records the seed marker on the store.
 */
export async function seedSampleData(context: SetupContext, store: StoreRecord): Promise<void> {
  const { progress } = context;

  progress("Seeding the store (currencies VND and USD)…");
  await configureStoreCurrencies(context, store);

  progress("Seeding regions…");
  const regionIds = await ensureRegions(context);

  progress("Seeding the storefront sales channel and publishable API key…");
  const salesChannelId = await ensureStorefrontChannel(context, store);
  await ensurePublishableKey(context, salesChannelId);

  progress("Seeding the stock location and shipping options…");
  const locationId = await ensureStockLocation(context, salesChannelId);
  const shippingProfileId = await ensureDefaultShippingProfile(context);
  await ensureShippingOptions(context, locationId, shippingProfileId);

  progress(`Seeding ${productFixtures.length} sample products…`);
  const created = await ensureSampleProducts(context, { salesChannelId, shippingProfileId });
  progress(`Seeding inventory levels (${created} products created)…`);
  await ensureInventoryLevels(context, locationId);

  const regionId = regionIds[storeFixture.defaultRegionName];
  await completeStore(context, store, { salesChannelId, regionId, locationId });
  progress("Sample data seeded");
}
