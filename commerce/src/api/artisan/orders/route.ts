import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { retrieveArtisanOrders } from "../../../lib/artisan-products/artisan-orders";
import { listOwnProductIds } from "../../../lib/artisan-products/assert-own-product";
import { listOrderIdsWithProducts } from "../../../lib/artisan-products/order-rows";
import type { ArtisanOrdersResponse } from "../../../lib/artisan-products/types";
import type { ArtisanOrdersParamsType } from "./validators";

/** GET /artisan/orders: orders with the artisan's products, newest first, showing only their lines. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanOrdersParamsType>,
  res: MedusaResponse<ArtisanOrdersResponse>,
): Promise<void> {
  const { limit, offset } = req.validatedQuery;
  const productIds = await listOwnProductIds(req.scope, artisanIdOf(req));
  const { ids, count } = await listOrderIdsWithProducts(req.scope, productIds, { skip: offset, take: limit });
  res.json({ orders: await retrieveArtisanOrders(req.scope, ids, productIds), count });
}
