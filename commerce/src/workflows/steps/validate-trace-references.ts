import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";

/**
 * Checks that the product and every maker of a trace record exist: 404 naming the first one missing.
 * Reads only, so there is nothing to undo.
 */
export const validateTraceReferencesStep = createStep(
  "validate-trace-references",
  async (input: { product_id: string; makers: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    });
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} does not exist`);
    }
    const { data: artisans } = await query.graph({
      entity: "artisan",
      fields: ["id"],
      filters: { id: input.makers },
    });
    const known = new Set(artisans.map((artisan) => artisan.id));
    const missing = input.makers.find((id) => !known.has(id));
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${missing} (a maker) does not exist`);
    }
    return new StepResponse(undefined);
  },
);
