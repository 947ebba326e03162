import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { artisanFixtures } from "./fixtures/artisans";
import { locationFixtures } from "./fixtures/locations";
import { productFixtures } from "./fixtures/products";
import type { LocationIds } from "./stock-locations";

/**
 * Stocks each sample variant at its maker's village workshop. createProductsWorkflow made one
 * inventory item per managed variant (same SKU); items that already have a level there are left alone.
 */
export async function ensureInventoryLevels(
  { container }: SetupContext,
  locationIds: LocationIds,
): Promise<number> {
  const villageOf = new Map(artisanFixtures.map((artisan) => [artisan.handle, artisan.villageHandle]));
  const locationOfVillage = new Map(
    locationFixtures.flatMap((location) =>
      location.villageHandle ? [[location.villageHandle, locationIds[location.name]] as const] : [],
    ),
  );
  const target = new Map(
    productFixtures.flatMap((product) =>
      product.variants.map((variant) => {
        const locationId = locationOfVillage.get(villageOf.get(product.artisanHandle) ?? "");
        if (!locationId) throw new Error(`No workshop for the village of ${product.artisanHandle}`);
        return [variant.sku, { locationId, stock: variant.stock }] as const;
      }),
    ),
  );
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...target.keys()] },
  });
  const levels = items.flatMap((item) => {
    const wanted = target.get(item.sku ?? "");
    if (!wanted) return [];
    const stocked = (item.location_levels ?? []).some(
      (level: { location_id?: string } | null) => level?.location_id === wanted.locationId,
    );
    return stocked
      ? []
      : [{ location_id: wanted.locationId, inventory_item_id: item.id, stocked_quantity: wanted.stock }];
  });
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } });
  }
  return levels.length;
}
