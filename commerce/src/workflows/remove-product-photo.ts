import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { updateProductPhotos } from "./product-photo-update";
import { deletePhotoFilesStep } from "./steps/delete-photo-files";

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
    const plan = updateProductPhotos(
      input,
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        remove_image_id: input.image_id,
        proposed_by: input.proposed_by,
      })),
    );
    deletePhotoFilesStep(transform({ plan }, ({ plan }) => plan.file_ids));
    return new WorkflowResponse(plan);
  },
);
