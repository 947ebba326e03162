import { MedusaModule } from "@medusajs/framework/modules-sdk";
import type { ExecArgs } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils";
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows";
import { readVillageNames } from "../lib/search/village-names";
import { ARTISAN_MODULE } from "../modules/artisan";
import { CRAFT_MODULE } from "../modules/craft";
import type CraftModuleService from "../modules/craft/service";
import { CRAFTS, ETHNIC_GROUP_NAMES_VI, ETHNIC_GROUPS, OCOP_STARS } from "../modules/craft/vocabulary";
import { ENGLISH_LOCALE } from "../workflows/steps/upsert-translations";
import { ITEMS_BY_CRAFT, MATERIALS_BY_CRAFT } from "./bench/generated-items";

const BATCH = 200;
const NOTICE_VI = "Dữ liệu sinh ra cho phép đo hiệu năng (không phải sản phẩm thật).";
const NOTICE_EN = "Generated for a performance benchmark (not a real product).";

/** What product number `n` is: spread over crafts, items, ethnic groups, villages, makers and prices. */
function describe(n: number, villages: string[]) {
  const craft = CRAFTS[n % CRAFTS.length];
  const items = ITEMS_BY_CRAFT[craft];
  const item = items[Math.floor(n / CRAFTS.length) % items.length];
  const group = ETHNIC_GROUPS[(n * 3 + Math.floor(n / 11)) % ETHNIC_GROUPS.length];
  const vnd = 80_000 + ((n * 37) % 120) * 10_000;
  return {
    craft,
    item,
    group,
    village: villages.length
      ? villages[(n * 5 + Math.floor(n / 13)) % villages.length]
      : `bench-village-${n % 8}`,
    vnd,
    usd: Math.round((vnd / 25_000) * 100) / 100,
    // One in ten sold out; one in nine with an OCOP rating.
    stock: n % 10 === 3 ? 0 : 1 + (n % 25),
    ocop: n % 9 === 0 ? OCOP_STARS[Math.floor(n / 9) % OCOP_STARS.length] : null,
  };
}

/**
 * `medusa exec ./src/scripts/bench-products.js` with BENCH_PRODUCTS=10000: adds generated products for
 * the benchmarks only (handles `bench-<n>`, titles such as "Khăn thổ cẩm mẫu thử 123", `metadata.bench`,
 * descriptions that say they are generated): crafts, ethnic groups, the content's villages, the existing
 * makers and prices spread over the catalogue, stock tracked at one location (one in ten sold out), some
 * OCOP stars, English texts. Never run against a real store.
 *
 * This process does not feed search: the benchmark's full rebuild indexes the products afterwards, and
 * writing each one to Meilisearch from its events here would only slow the generation down.
 */
export default async function benchProducts({ container }: ExecArgs): Promise<void> {
  const total = Number(process.env.BENCH_PRODUCTS ?? 10000);
  stopSearchIngestion(container);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const links = container.resolve(ContainerRegistrationKeys.LINK);
  const crafts: CraftModuleService = container.resolve(CRAFT_MODULE);
  const translations = container.resolve(Modules.TRANSLATION);
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"] });
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"] });
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"] });
  const { data: artisans } = await query.graph({ entity: "artisan", fields: ["id"] });
  const villages = [...readVillageNames().vi.keys()].sort();
  const location = locations[0]?.id;
  for (let start = 0; start < total; start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, total - start) }, (_, i) => start + i);
    const specs = numbers.map((n) => ({ n, ...describe(n, villages) }));
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: specs.map(({ n, item, group, vnd, usd }) => ({
          title: `${item.vi} mẫu thử ${n}`,
          handle: `bench-${n}`,
          description: `${NOTICE_VI} ${item.vi} của người ${ETHNIC_GROUP_NAMES_VI[group]}.`,
          status: ProductStatus.PUBLISHED,
          metadata: { bench: true },
          options: [{ title: "Kích thước", values: ["Vừa"] }],
          variants: [
            {
              title: "Vừa",
              sku: `BENCH-${n}`,
              options: { "Kích thước": "Vừa" },
              manage_inventory: Boolean(location),
              prices: [
                { currency_code: "vnd", amount: vnd },
                { currency_code: "usd", amount: usd },
              ],
            },
          ],
          sales_channels: channels.map((channel) => ({ id: channel.id })),
          shipping_profile_id: profiles[0]?.id,
        })),
      },
    });
    const created = await crafts.createCraftProfiles(
      specs.map(({ craft, group, village, ocop }) => ({
        craft,
        ethnic_group: group,
        village_handle: village,
        materials: MATERIALS_BY_CRAFT[craft],
        marks: [],
        ocop_stars: ocop,
      })),
    );
    await links.create([
      ...result.map((product, i) => ({
        [Modules.PRODUCT]: { product_id: product.id },
        [CRAFT_MODULE]: { craft_profile_id: created[i].id },
      })),
      ...(artisans.length
        ? result.map((product, i) => ({
            [Modules.PRODUCT]: { product_id: product.id },
            [ARTISAN_MODULE]: { artisan_id: artisans[(start + i) % artisans.length].id },
          }))
        : []),
    ]);
    if (location) await stockUp(container, location, specs);
    await translations.createTranslations(
      result.map((product, i) => ({
        reference: "product",
        reference_id: product.id,
        locale_code: ENGLISH_LOCALE,
        translations: {
          title: `${specs[i].item.en} sample ${specs[i].n}`,
          description: `${NOTICE_EN} ${specs[i].item.en}.`,
        },
      })),
    );
    console.log(`[bench] ${start + numbers.length}/${total} products`);
  }
}

/** Stocks each generated variant at the location (its inventory item has the variant's SKU). */
async function stockUp(
  container: ExecArgs["container"],
  locationId: string,
  specs: { n: number; stock: number }[],
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const stockOf = new Map(specs.map(({ n, stock }) => [`BENCH-${n}`, stock]));
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockOf.keys()] },
  });
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: locationId,
        inventory_item_id: item.id,
        stocked_quantity: stockOf.get(item.sku ?? "") ?? 0,
      })),
    },
  });
}

/** Detaches Medusa's search-ingestion subscriber from this process's event bus. */
function stopSearchIngestion(container: ExecArgs["container"]): void {
  const eventBus = container.resolve(Modules.EVENT_BUS);
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []));
  for (const event of events) {
    eventBus.unsubscribe(event, async () => undefined, { subscriberId: "search-ingestion" });
  }
}
