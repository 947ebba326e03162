import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { retrieveArtisanProduct } from "../../../../../lib/artisan-products";
import { uploadedPhoto } from "../../../../../lib/photos/photo-upload";
import { addProductPhoto } from "../../../../../lib/photos/save-photo";
import { sendPhotoError } from "../../../../../lib/photos/send-photo-error";

/**
 * POST /admin/products/:id/photos (multipart, one file in `photo`): the artisans' photo pipeline for
 * curators. Appends the photo; the product's status does not change. 201 `{ product }` (the portal's
 * product shape); 413/415/422 with a `photo_…` code when the photo is refused (nothing stored).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  try {
    await addProductPhoto(req.scope, req.params.id, uploadedPhoto(req));
  } catch (error) {
    return sendPhotoError(res, error);
  }
  res.status(201).json({ product: await retrieveArtisanProduct(req.scope, req.params.id) });
}
