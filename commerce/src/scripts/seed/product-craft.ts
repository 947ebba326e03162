import { upsertProductCraftWorkflow } from "../../workflows/upsert-product-craft";
import type { SetupContext } from "../setup/progress";
import type { ArtisanIds } from "./artisans";
import { productFixtures } from "./fixtures/products";
import type { ProductIds } from "./products";

/** Sets the craft attributes and maker of every sample product (safe to repeat: it upserts). */
export async function ensureProductCraft(
  { container }: SetupContext,
  refs: { products: ProductIds; artisans: ArtisanIds },
): Promise<void> {
  for (const product of productFixtures) {
    await upsertProductCraftWorkflow(container).run({
      input: {
        product_id: refs.products[product.handle],
        artisan_id: refs.artisans[product.artisanHandle],
        craft: product.craft,
        materials: product.materials,
        days_to_make: product.daysToMake,
        care_instructions: product.care,
        ocop_stars: product.ocopStars,
        marks: product.marks,
      },
    });
  }
}
