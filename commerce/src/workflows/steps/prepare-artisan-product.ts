import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { catalogueRefsFor, type CatalogueRefs } from "../../lib/artisan-products/catalogue-refs";
import { firstFreeHandle, slugify } from "../../lib/artisan-products/slug";

export interface PreparedArtisanProduct {
  handle: string;
  refs: CatalogueRefs;
}

/**
 * Reads what a new product of an artisan needs (writes nothing): a free handle from the Vietnamese
 * title, the storefront channel, the shipping profile and the artisan's village workshop. 404 for an
 * unknown artisan.
 */
export const prepareArtisanProductStep = createStep(
  "prepare-artisan-product",
  async (input: { artisan_id: string; title_vi: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data: artisans } = await query.graph({
      entity: "artisan",
      fields: ["id", "village_handle"],
      filters: { id: input.artisan_id },
    });
    const [artisan] = artisans;
    if (!artisan)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${input.artisan_id} does not exist`);
    const base = slugify(input.title_vi);
    const { data: taken } = await query.graph({
      entity: "product",
      fields: ["handle"],
      filters: { handle: { $like: `${base}%` } },
    });
    const handle = firstFreeHandle(
      base,
      taken.map((product) => product.handle as string),
    );
    const refs = await catalogueRefsFor(container, artisan.village_handle);
    return new StepResponse<PreparedArtisanProduct>({ handle, refs });
  },
);
