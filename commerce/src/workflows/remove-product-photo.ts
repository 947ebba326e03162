import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows";
import { photoLockKey } from "./add-product-photo";
import { deletePhotoFilesStep } from "./steps/delete-photo-files";
import { preparePhotoUpdateStep } from "./steps/prepare-photo-update";

export interface RemoveProductPhotoInput {
  product_id: string;
  /** The product image (`img_…`) to remove. */
  image_id: string;
  /** Set for an artisan's change: the product goes back to `proposed`. */
  proposed_by?: string;
}

/** Removes a photo from a product, then deletes its files. */
export const removeProductPhotoWorkflow = createWorkflow(
  "remove-product-photo",
  (input: RemoveProductPhotoInput) => {
    const lockKey = transform({ input }, ({ input }) => photoLockKey(input.product_id));
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 });
    const plan = preparePhotoUpdateStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        remove_image_id: input.image_id,
        proposed_by: input.proposed_by,
      })),
    );
    updateProductsWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        selector: { id: input.product_id },
        update: plan.update,
      })),
    });
    releaseLockStep({ key: lockKey });
    deletePhotoFilesStep(transform({ plan }, ({ plan }) => plan.file_ids));
    return new WorkflowResponse(plan);
  },
);
