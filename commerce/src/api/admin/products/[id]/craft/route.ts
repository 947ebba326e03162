import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { refusingMarks } from "../../../../../lib/marks/send-mark-refusal";
import { upsertProductCraftWorkflow } from "../../../../../workflows/upsert-product-craft";
import { retrieveProductCraft } from "./retrieve-product-craft";
import type { AdminUpsertProductCraftType } from "./validators";

/** GET /admin/products/:id/craft: the product's craft attributes (both languages) and maker. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(await retrieveProductCraft(req.scope, req.params.id));
}

/**
 * POST /admin/products/:id/craft: sets the craft attributes and the maker. A mark the maker may not
 * show today: 400 `mark_not_allowed` with `refusals` (each mark and its reason), nothing saved.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpsertProductCraftType>,
  res: MedusaResponse,
): Promise<void> {
  const refused = await refusingMarks(res, () =>
    upsertProductCraftWorkflow(req.scope).run({
      input: { ...req.validatedBody, product_id: req.params.id },
    }),
  );
  if (refused) return;
  res.json(await retrieveProductCraft(req.scope, req.params.id));
}
