import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { addProductPhotoWorkflow } from "../../workflows/add-product-photo.ts";
import { removeProductPhotoWorkflow } from "../../workflows/remove-product-photo.ts";
import { withPhotoSlot } from "./photo-slots.ts";
import { processPhoto } from "./process-photo.ts";
import { PhotoError } from "./photo-error.ts";
import { newPhotoKey, photoFiles, photoShape } from "./stored-photo.ts";

/**
 * Processes an uploaded photo and appends it to the product. The photo is processed first and stored
 * only when it is good; `proposedBy` (an artisan id) sends the product back to moderation.
 */
export async function addProductPhoto(
  scope: MedusaContainer,
  productId: string,
  upload: Buffer,
  proposedBy?: string,
): Promise<void> {
  const processed = await withPhotoSlot(() => processPhoto(upload));
  await addProductPhotoWorkflow(scope).run({
    input: {
      product_id: productId,
      shape: photoShape(processed),
      files: photoFiles(newPhotoKey(), processed),
      proposed_by: proposedBy,
    },
  });
}

/** Removes a photo (a product image id) from the product and deletes its files; 404 when it is not there. */
export async function removeProductPhoto(
  scope: MedusaContainer,
  productId: string,
  imageId: string,
  proposedBy?: string,
): Promise<void> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "product",
    fields: ["images.id"],
    filters: { id: productId },
  });
  const images: ({ id: string } | null)[] = data[0]?.images ?? [];
  if (!images.some((image) => image?.id === imageId)) {
    throw new PhotoError("photo_not_found", `Photo ${imageId} was not found on this product`);
  }
  await removeProductPhotoWorkflow(scope).run({
    input: { product_id: productId, image_id: imageId, proposed_by: proposedBy },
  });
}
