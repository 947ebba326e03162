import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import { ARTISAN_MODULE } from "../../modules/artisan";
import ArtisanProductLink from "../../links/artisan-product";

const link = (productId: string, artisanId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [ARTISAN_MODULE]: { artisan_id: artisanId },
});

/** Makes `artisan_id` the product's only maker (null: no maker); the undo restores the previous one. */
export const setProductArtisanStep = createStep(
  "set-product-artisan",
  async (input: { product_id: string; artisan_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const links = container.resolve(ContainerRegistrationKeys.LINK);
    const { data } = await query.graph({
      entity: ArtisanProductLink.entryPoint,
      fields: ["artisan_id"],
      filters: { product_id: input.product_id },
    });
    const previous: string | null = data[0]?.artisan_id ?? null;
    if (previous === input.artisan_id) return new StepResponse(previous, null);
    if (previous) await links.dismiss(link(input.product_id, previous));
    if (input.artisan_id) await links.create(link(input.product_id, input.artisan_id));
    return new StepResponse(input.artisan_id, { ...input, previous });
  },
  async (undo, { container }) => {
    if (!undo) return;
    const links = container.resolve(ContainerRegistrationKeys.LINK);
    if (undo.artisan_id) await links.dismiss(link(undo.product_id, undo.artisan_id));
    if (undo.previous) await links.create(link(undo.product_id, undo.previous));
  },
);
