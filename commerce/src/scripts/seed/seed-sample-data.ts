import type { SetupContext } from "../setup/progress";
import { ensureArtisans } from "./artisans";
import { productFixtures } from "./fixtures/products";
import { storeFixture } from "./fixtures/store";
import { ensureInventoryLevels } from "./inventory";
import { ensureProductCraft } from "./product-craft";
import { ensureProductTranslations } from "./product-translations";
import { ensureSampleProducts } from "./products";
import { ensurePublishableKey } from "./publishable-key";
import { ensureRegions } from "./regions";
import { ensureStorefrontChannel } from "./sales-channel";
import { ensureShippingOptions } from "./shipping-options";
import { ensureDefaultShippingProfile } from "./shipping-profile";
import { ensureStockLocations } from "./stock-locations";
import { completeStore, configureStoreCurrencies, type StoreRecord } from "./store";
import { ensureSampleMark, ensureSampleTraceRecords } from "./trace/ensure-sample-trace";

/**
 * Seeds the sample store, step by step. Each step matches what exists by name, handle or SKU, so a run
 * interrupted half-way can simply be run again; the last step records the seed marker on the store.
 */
export async function seedSampleData(context: SetupContext, store: StoreRecord): Promise<void> {
  const { progress } = context;

  progress("Seeding the store (currencies VND and USD, languages vi and en)…");
  await configureStoreCurrencies(context, store);

  progress("Seeding regions (VND with COD and VietQR, USD)…");
  const regionIds = await ensureRegions(context);

  progress("Seeding the storefront sales channel and publishable API key…");
  const salesChannelId = await ensureStorefrontChannel(context, store);
  await ensurePublishableKey(context, salesChannelId);

  progress("Seeding stock locations (centre and village workshops) and shipping options…");
  const locationIds = await ensureStockLocations(context, salesChannelId);
  const shippingProfileId = await ensureDefaultShippingProfile(context);
  await ensureShippingOptions(context, locationIds, shippingProfileId);

  progress("Seeding sample artisans…");
  const artisans = await ensureArtisans(context);
  progress("Seeding the sample collective mark and its members…");
  await ensureSampleMark(context, artisans);

  progress(`Seeding ${productFixtures.length} sample products with generated images…`);
  const { ids: products, created } = await ensureSampleProducts(context, {
    salesChannelId,
    shippingProfileId,
  });
  progress(`Seeding craft attributes, makers and English texts (${created} products created)…`);
  await ensureProductCraft(context, { products, artisans });
  await ensureProductTranslations(context, products);
  progress("Seeding inventory levels at the village workshops…");
  await ensureInventoryLevels(context, locationIds);
  progress("Seeding sample trace records (published, GTINs under the demo prefix 952)…");
  await ensureSampleTraceRecords(context, { products, artisans });

  const regionId = regionIds[storeFixture.defaultRegionName];
  const [centreId] = Object.values(locationIds);
  await completeStore(context, store, { salesChannelId, regionId, locationId: centreId });
  progress("Sample data seeded");
}
