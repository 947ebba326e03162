import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows";
import { prepareModerationDecisionStep } from "./steps/prepare-moderation-decision";

/** A curator rejects a product with a reason the artisan reads in the portal; it leaves the storefront. */
export const rejectProductWorkflow = createWorkflow(
  "reject-product",
  (input: { product_id: string; user_id: string; reason: string }) => {
    const update = prepareModerationDecisionStep(
      transform({ input }, ({ input }) => ({ ...input, decision: "rejected" as const })),
    );
    updateProductsWorkflow.runAsStep({
      input: transform({ input, update }, ({ input, update }) => ({
        selector: { id: input.product_id },
        update,
      })),
    });
    return new WorkflowResponse(input.product_id);
  },
);
