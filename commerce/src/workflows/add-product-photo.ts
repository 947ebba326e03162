import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { toStoredPhoto, type PhotoFileInput, type PhotoShape } from "../lib/photos/stored-photo";
import { updateProductPhotos } from "./product-photo-update";
import { uploadPhotoFilesStep } from "./steps/upload-photo-files";

export interface AddProductPhotoInput {
  product_id: string;
  /** The processed photo's sizes, and its files in the same order as `shape.outputs`. */
  shape: PhotoShape;
  files: PhotoFileInput[];
  /** Set for an artisan's upload: the product goes back to `proposed`. */
  proposed_by?: string;
}

/**
 * Appends a processed photo to a product: writes its files, then the product's images, thumbnail and
 * photo records. If anything fails, the files written are deleted and the product is unchanged.
 */
export const addProductPhotoWorkflow = createWorkflow("add-product-photo", (input: AddProductPhotoInput) => {
  const written = uploadPhotoFilesStep(input.files);
  const plan = updateProductPhotos(
    input,
    transform({ input, written }, ({ input, written }) => ({
      product_id: input.product_id,
      add: toStoredPhoto(input.shape, written),
      proposed_by: input.proposed_by,
    })),
  );
  return new WorkflowResponse(plan);
});
