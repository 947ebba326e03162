import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { listOwnProductIds } from "../../../lib/artisan-products/assert-own-product";
import {
  retrieveArtisanProduct,
  retrieveArtisanProducts,
} from "../../../lib/artisan-products/retrieve-artisan-products";
import type { ArtisanProductResponse, ArtisanProductsResponse } from "../../../lib/artisan-products/types";
import type { MarkRefusalBody } from "../../../modules/trace/marks/mark-refusals";
import { refusingMarks } from "../../../lib/marks/send-mark-refusal";
import { createArtisanProductWorkflow } from "../../../workflows/create-artisan-product";
import type { ArtisanCreateProductType, ArtisanProductsParamsType } from "./validators";

/** GET /artisan/products: the signed-in artisan's products, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanProductsParamsType>,
  res: MedusaResponse<ArtisanProductsResponse>,
): Promise<void> {
  const { limit, offset } = req.validatedQuery;
  const ids = await listOwnProductIds(req.scope, artisanIdOf(req));
  if (!ids.length) {
    res.json({ products: [], count: 0 });
    return;
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  });
  const products = await retrieveArtisanProducts(
    req.scope,
    data.map((row) => row.id),
  );
  res.json({ products, count: metadata?.count ?? products.length });
}

/**
 * POST /artisan/products: lists a new product; it waits as `proposed` until a curator publishes it. A
 * mark the artisan may not show: 400 `mark_not_allowed` with `refusals`, nothing created.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ArtisanCreateProductType>,
  res: MedusaResponse<ArtisanProductResponse | MarkRefusalBody>,
): Promise<void> {
  let id = "";
  const refused = await refusingMarks(res, async () => {
    ({ result: id } = await createArtisanProductWorkflow(req.scope).run({
      input: { ...req.validatedBody, artisan_id: artisanIdOf(req) },
    }));
  });
  if (refused) return;
  res.status(201).json({ product: await retrieveArtisanProduct(req.scope, id) });
}
