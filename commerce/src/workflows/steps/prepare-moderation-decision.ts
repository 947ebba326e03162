import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils";
import { withModeration } from "../../lib/artisan-products/moderation";

export interface ModerationDecisionInput {
  product_id: string;
  decision: "published" | "rejected";
  /** Required for a rejection; the artisan reads it in the portal. */
  reason: string | null;
  /** The curator's (admin user's) id. */
  user_id: string;
}

/**
 * Plans a curator's decision (writes nothing): the new status and the metadata with the decision
 * recorded as the latest one and appended to the log. 404 for an unknown product.
 */
export const prepareModerationDecisionStep = createStep(
  "prepare-moderation-decision",
  async (input: ModerationDecisionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "metadata"],
      filters: { id: input.product_id },
    });
    const [product] = data;
    if (!product)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} does not exist`);
    const metadata = withModeration(product.metadata, {
      decision: input.decision,
      reason: input.decision === "rejected" ? input.reason : null,
      by: input.user_id,
      actor_type: "user",
    });
    const status = input.decision === "published" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED;
    return new StepResponse({ status, metadata });
  },
);
