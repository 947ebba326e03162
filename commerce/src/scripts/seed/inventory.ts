import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { productFixtures } from "./fixtures/products";

/**
 * Stocks the sample variants at the location. createProductsWorkflow made one inventory item per
 * managed variant (same SKU); items that already have a level there are left alone.
 */
export async function ensureInventoryLevels(
  { container }: SetupContext,
  locationId: string,
): Promise<number> {
  const stockBySku = new Map(
    productFixtures.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock])),
  );
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  });
  const levels = items
    .filter(
      (item) =>
        !(item.location_levels ?? []).some(
          (level: { location_id?: string } | null) => level?.location_id === locationId,
        ),
    )
    .map((item) => ({
      location_id: locationId,
      inventory_item_id: item.id,
      stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
    }));
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } });
  }
  return levels.length;
}
