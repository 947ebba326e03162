import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { assertOwnProduct, retrieveArtisanProduct } from "../../../../../lib/artisan-products";
import { uploadedPhoto } from "../../../../../lib/photos/photo-upload";
import { addProductPhoto } from "../../../../../lib/photos/save-photo";
import { sendPhotoError } from "../../../../../lib/photos/send-photo-error";

/**
 * POST /artisan/products/:id/photos (multipart, one file in `photo`): processes the photo and appends
 * it to the artisan's product, which goes back to `proposed` until a curator approves it.
 * 201 `{ product }`; 413/415/422 with a `photo_…` code when the photo is refused (nothing stored).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const artisanId = req.auth_context.actor_id;
  await assertOwnProduct(req.scope, artisanId, req.params.id);
  try {
    await addProductPhoto(req.scope, req.params.id, uploadedPhoto(req), artisanId);
  } catch (error) {
    return sendPhotoError(res, error);
  }
  res.status(201).json({ product: await retrieveArtisanProduct(req.scope, req.params.id) });
}
