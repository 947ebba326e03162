import type { ExecArgs } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils";
import { createProductsWorkflow } from "@medusajs/medusa/core-flows";
import { CRAFT_MODULE } from "../modules/craft";
import type CraftModuleService from "../modules/craft/service";
import { CRAFTS, ETHNIC_GROUPS } from "../modules/craft/vocabulary";

const BATCH = 200;

/**
 * `medusa exec ./src/scripts/bench-products.js` with BENCH_PRODUCTS=10000: adds generated products
 * (handles `bench-<n>`, metadata.bench) with craft profiles, for the catalogue benchmark only.
 * Never run against a real store.
 */
export default async function benchProducts({ container }: ExecArgs): Promise<void> {
  const total = Number(process.env.BENCH_PRODUCTS ?? 10000);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const links = container.resolve(ContainerRegistrationKeys.LINK);
  const crafts: CraftModuleService = container.resolve(CRAFT_MODULE);
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"] });
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"] });
  for (let start = 0; start < total; start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, total - start) }, (_, i) => start + i);
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: numbers.map((n) => ({
          title: `Sản phẩm thử tải ${n}`,
          handle: `bench-${n}`,
          description: "Dữ liệu sinh ra cho phép đo hiệu năng (không phải sản phẩm thật).",
          status: ProductStatus.PUBLISHED,
          metadata: { bench: true },
          options: [{ title: "Kích thước", values: ["Vừa"] }],
          variants: [
            {
              title: "Vừa",
              sku: `BENCH-${n}`,
              options: { "Kích thước": "Vừa" },
              manage_inventory: false,
              prices: [
                { currency_code: "vnd", amount: 100000 + (n % 50) * 10000 },
                { currency_code: "usd", amount: 4 + (n % 50) * 0.4 },
              ],
            },
          ],
          sales_channels: channels.map((channel) => ({ id: channel.id })),
          shipping_profile_id: profiles[0]?.id,
        })),
      },
    });
    const created = await crafts.createCraftProfiles(
      result.map((_, i) => ({
        craft: CRAFTS[(start + i) % 6],
        ethnic_group: ETHNIC_GROUPS[(start + i) % ETHNIC_GROUPS.length],
        village_handle: `bench-village-${(start + i) % 8}`,
        materials: [],
        marks: [],
      })),
    );
    await links.create(
      result.map((product, i) => ({
        [Modules.PRODUCT]: { product_id: product.id },
        [CRAFT_MODULE]: { craft_profile_id: created[i].id },
      })),
    );
    console.log(`[bench] ${start + numbers.length}/${total} products`);
  }
}
