import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../../lib/artisan-products/actor";
import { assertOwnProduct } from "../../../../lib/artisan-products/assert-own-product";
import { retrieveArtisanProduct } from "../../../../lib/artisan-products/retrieve-artisan-products";
import type { MarkRefusalBody } from "../../../../modules/trace/marks/mark-refusals";
import { refusingMarks } from "../../../../lib/marks/send-mark-refusal";
import type { ArtisanProductResponse } from "../../../../lib/artisan-products/types";
import { updateArtisanProductWorkflow } from "../../../../workflows/update-artisan-product";
import type { ArtisanUpdateProductType } from "../validators";

/** GET /artisan/products/:id: one of the artisan's products (404 for anyone else's). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ArtisanProductResponse>,
): Promise<void> {
  await assertOwnProduct(req.scope, artisanIdOf(req), req.params.id);
  res.json({ product: await retrieveArtisanProduct(req.scope, req.params.id) });
}

/**
 * POST /artisan/products/:id: changes the given fields; price, title or description → `proposed` again.
 * A mark the artisan may not show: 400 `mark_not_allowed` with `refusals`, nothing changed.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ArtisanUpdateProductType>,
  res: MedusaResponse<ArtisanProductResponse | MarkRefusalBody>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  await assertOwnProduct(req.scope, artisanId, req.params.id);
  const refused = await refusingMarks(res, () =>
    updateArtisanProductWorkflow(req.scope).run({
      input: { ...req.validatedBody, artisan_id: artisanId, product_id: req.params.id },
    }),
  );
  if (refused) return;
  res.json({ product: await retrieveArtisanProduct(req.scope, req.params.id) });
}
