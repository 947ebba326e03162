import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk";
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows";
import {
  preparePhotoUpdateStep,
  type PhotoUpdatePlan,
  type PreparePhotoUpdateInput,
} from "./steps/prepare-photo-update";

/** One change of a product's photos at a time. */
export const photoLockKey = (productId: string) => `product-photos:${productId}`;

/**
 * For use inside a workflow's composer (`input` is the workflow's input): under the product's photo lock,
 * plans the change of its photos (`change`) and saves the product's new images, thumbnail and photo records.
 */
export function updateProductPhotos(
  input: { product_id: string },
  change: WorkflowData<PreparePhotoUpdateInput>,
): WorkflowData<PhotoUpdatePlan> {
  const lockKey = transform({ input }, ({ input }) => photoLockKey(input.product_id));
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 });
  const plan = preparePhotoUpdateStep(change);
  updateProductsWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => ({
      selector: { id: input.product_id },
      update: plan.update,
    })),
  });
  releaseLockStep({ key: lockKey });
  return plan;
}
