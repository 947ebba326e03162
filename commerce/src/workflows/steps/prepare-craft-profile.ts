import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import type { CraftProfileInput } from "../../modules/craft/schemas";
import ProductCraftProfileLink from "../../links/product-craft-profile";
import type { CraftProfileRecord } from "./upsert-craft-profile";

/**
 * Reads the product and artisan and turns the input into the profile to store: village and ethnic
 * group default to the artisan's. Fails with a 404 for an unknown product or artisan.
 */
export const prepareCraftProfileStep = createStep(
  "prepare-craft-profile",
  async (input: CraftProfileInput & { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    });
    const { data: links } = await query.graph({
      entity: ProductCraftProfileLink.entryPoint,
      fields: ["craft_profile_id"],
      filters: { product_id: input.product_id },
    });
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} does not exist`);
    }
    let artisan: { village_handle: string; ethnic_group: CraftProfileRecord["ethnic_group"] } | undefined;
    if (input.artisan_id) {
      const { data } = await query.graph({
        entity: "artisan",
        fields: ["id", "village_handle", "ethnic_group"],
        filters: { id: input.artisan_id },
      });
      artisan = data[0];
      if (!artisan) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${input.artisan_id} does not exist`);
      }
    }
    const village = input.village_handle ?? artisan?.village_handle;
    if (!village) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "village_handle is required when the product has no artisan",
      );
    }
    const record: CraftProfileRecord = {
      id: links[0]?.craft_profile_id,
      craft: input.craft,
      ethnic_group: input.ethnic_group ?? artisan?.ethnic_group ?? null,
      village_handle: village,
      materials: input.materials,
      days_to_make: input.days_to_make,
      care_instructions: input.care_instructions?.vi ?? null,
      ocop_stars: input.ocop_stars,
      marks: input.marks,
    };
    return new StepResponse(record);
  },
);
