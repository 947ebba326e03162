import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows";
import {
  prepareArtisanProductUpdateStep,
  type ArtisanProductChanges,
} from "./steps/prepare-artisan-product-update";
import { setProductStockStep } from "./steps/set-product-stock";
import { upsertTranslationsStep } from "./steps/upsert-translations";
import { validateMarkUseStep } from "./steps/validate-mark-use";
import { upsertProductCraftWorkflow } from "./upsert-product-craft";

export type UpdateArtisanProductInput = ArtisanProductChanges;

/** A part of the plan that its `when` branch has checked is there. */
function planned<T>(value: T | null): T {
  if (value === null) throw new Error("update-artisan-product: a planned change is missing");
  return value;
}

/**
 * An artisan changes one of their products (ownership is checked by the route). A change of price,
 * title or description takes it off the storefront and search: it is `proposed` again until a
 * curator publishes it. A mark the artisan may not show today refuses the whole change (400).
 */
export const updateArtisanProductWorkflow = createWorkflow(
  "update-artisan-product",
  (input: UpdateArtisanProductInput) => {
    const plan = prepareArtisanProductUpdateStep(input);
    // Marks are checked before anything is written (upsert-product-craft checks them again).
    validateMarkUseStep(
      transform({ input, plan }, ({ input, plan }) => ({
        marks: plan.craft?.marks ?? [],
        artisan_id: input.artisan_id,
      })),
    );
    when({ plan }, ({ plan }) => plan.product !== null).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({
          selector: { id: input.product_id },
          update: planned(plan.product),
        })),
      });
    });
    when({ plan }, ({ plan }) => plan.variant !== null).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: [planned(plan.variant)] })),
      });
    });
    when({ plan }, ({ plan }) => plan.craft !== null).then(() => {
      upsertProductCraftWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => planned(plan.craft)),
      });
    });
    upsertTranslationsStep(transform({ plan }, ({ plan }) => plan.translations));
    when({ plan }, ({ plan }) => plan.stock !== null).then(() => {
      setProductStockStep(
        transform({ input, plan }, ({ input, plan }) => ({
          product_id: input.product_id,
          stock: planned(plan.stock),
        })),
      );
    });
    return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ needs_review: plan.needs_review })));
  },
);
