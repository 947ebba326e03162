import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { retrieveModerationProducts } from "../../../../lib/artisan-products/moderation-products";
import type { ModerationProductsResponse } from "../../../../lib/artisan-products/types";
import type { AdminModerationParamsType } from "../validators";

/** GET /admin/moderation/products?status=proposed: the curators' queue, longest waiting first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminModerationParamsType>,
  res: MedusaResponse<ModerationProductsResponse>,
): Promise<void> {
  const { status, limit, offset } = req.validatedQuery;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  });
  const products = await retrieveModerationProducts(
    req.scope,
    data.map((row) => row.id),
  );
  res.json({ products, count: metadata?.count ?? products.length });
}
