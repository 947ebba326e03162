import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { userIdOf } from "../../../../../../lib/artisan-products/actor";
import { retrieveModerationProduct } from "../../../../../../lib/artisan-products/moderation-products";
import type { ModerationProduct } from "../../../../../../lib/artisan-products/types";
import { rejectProductWorkflow } from "../../../../../../workflows/reject-product";
import type { AdminRejectProductType } from "../../../validators";

/** POST /admin/moderation/products/:id/reject { reason }: takes it off the storefront; the artisan reads the reason. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRejectProductType>,
  res: MedusaResponse<{ product: ModerationProduct }>,
): Promise<void> {
  await rejectProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, user_id: userIdOf(req), reason: req.validatedBody.reason },
  });
  res.json({ product: await retrieveModerationProduct(req.scope, req.params.id) });
}
