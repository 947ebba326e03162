import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows";
import { prepareModerationDecisionStep } from "./steps/prepare-moderation-decision";

/** A curator publishes a product: it reaches the storefront and search; a former rejection reason is cleared. */
export const approveProductWorkflow = createWorkflow(
  "approve-product",
  (input: { product_id: string; user_id: string }) => {
    const update = prepareModerationDecisionStep(
      transform({ input }, ({ input }) => ({ ...input, decision: "published" as const, reason: null })),
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
