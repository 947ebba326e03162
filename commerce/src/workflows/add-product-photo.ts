import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows";
import { toStoredPhoto, type PhotoFileInput, type PhotoShape } from "../lib/photos/stored-photo";
import { preparePhotoUpdateStep } from "./steps/prepare-photo-update";
import { uploadPhotoFilesStep } from "./steps/upload-photo-files";

export interface AddProductPhotoInput {
  product_id: string;
  /** The processed photo's sizes, and its files in the same order as `shape.outputs`. */
  shape: PhotoShape;
  files: PhotoFileInput[];
  /** Set for an artisan's upload: the product goes back to `proposed`. */
  proposed_by?: string;
}

/** One change of a product's photos at a time. */
export const photoLockKey = (productId: string) => `product-photos:${productId}`;

/**
 * Appends a processed photo to a product: writes its files, then the product's images, thumbnail and
 * photo records. If anything fails, the files written are deleted and the product is unchanged.
 */
export const addProductPhotoWorkflow = createWorkflow("add-product-photo", (input: AddProductPhotoInput) => {
  const written = uploadPhotoFilesStep(input.files);
  const lockKey = transform({ input }, ({ input }) => photoLockKey(input.product_id));
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 });
  const plan = preparePhotoUpdateStep(
    transform({ input, written }, ({ input, written }) => ({
      product_id: input.product_id,
      add: toStoredPhoto(input.shape, written),
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
  return new WorkflowResponse(plan);
});
