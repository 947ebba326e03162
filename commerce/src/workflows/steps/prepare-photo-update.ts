import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { proposedBy } from "../../lib/artisan-products";
import {
  addPhotoUpdate,
  PHOTO_PRODUCT_FIELDS,
  removePhotoUpdate,
  type PhotoProductRow,
  type PhotoProductUpdate,
} from "../../lib/photos/product-photo-update";
import { PhotoError } from "../../lib/photos/photo-error";
import type { StoredPhoto } from "../../lib/photos/stored-photo";

export interface PreparePhotoUpdateInput {
  product_id: string;
  /** A photo to append, or… */
  add?: StoredPhoto;
  /** …the id of the product image to remove. */
  remove_image_id?: string;
  /** The artisan whose change sends the product back to moderation (`proposed`); none for curators. */
  proposed_by?: string;
}

export interface PhotoUpdatePlan {
  update: PhotoProductUpdate & { status?: "proposed" };
  /** Files to delete once the update is saved. */
  file_ids: string[];
}

function removeOrNotFound(row: PhotoProductRow, imageId: string) {
  try {
    return removePhotoUpdate(row, imageId);
  } catch (error) {
    if (error instanceof PhotoError) throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message);
    throw error;
  }
}

/** Reads the product and computes its new images, thumbnail and photo records. Writes nothing. */
export const preparePhotoUpdateStep = createStep(
  "prepare-photo-update",
  async (input: PreparePhotoUpdateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "product",
      fields: PHOTO_PRODUCT_FIELDS,
      filters: { id: input.product_id },
    });
    const row: PhotoProductRow | undefined = data[0];
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`);
    const { update, fileIds } = input.add
      ? { update: addPhotoUpdate(row, input.add), fileIds: [] }
      : removeOrNotFound(row, input.remove_image_id ?? "");
    const plan: PhotoUpdatePlan = input.proposed_by
      ? {
          update: { ...update, status: "proposed", metadata: proposedBy(input.proposed_by, update.metadata) },
          file_ids: fileIds,
        }
      : { update, file_ids: fileIds };
    return new StepResponse(plan);
  },
);
