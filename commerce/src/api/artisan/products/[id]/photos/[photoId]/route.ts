import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { assertOwnProduct, retrieveArtisanProduct } from "../../../../../../lib/artisan-products";
import { removeProductPhoto } from "../../../../../../lib/photos/save-photo";
import { sendPhotoError } from "../../../../../../lib/photos/send-photo-error";

/**
 * DELETE /artisan/products/:id/photos/:photoId: removes the photo (its id in `product.photos`) and its
 * files; the product goes back to `proposed`. `{ product }`; 404 when the product or photo is not theirs.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const artisanId = req.auth_context.actor_id;
  await assertOwnProduct(req.scope, artisanId, req.params.id);
  try {
    await removeProductPhoto(req.scope, req.params.id, req.params.photoId, artisanId);
  } catch (error) {
    return sendPhotoError(res, error);
  }
  res.json({ product: await retrieveArtisanProduct(req.scope, req.params.id) });
}
