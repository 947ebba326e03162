import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { userIdOf } from "../../../../../../lib/artisan-products/actor";
import { retrieveModerationProduct } from "../../../../../../lib/artisan-products/moderation-products";
import type { ModerationProduct } from "../../../../../../lib/artisan-products/types";
import { approveProductWorkflow } from "../../../../../../workflows/approve-product";

/** POST /admin/moderation/products/:id/approve: publishes the product (storefront and search). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ product: ModerationProduct }>,
): Promise<void> {
  await approveProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, user_id: userIdOf(req) },
  });
  res.json({ product: await retrieveModerationProduct(req.scope, req.params.id) });
}
