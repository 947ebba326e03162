import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import type { StoreCatalogProductsResponse } from "../../types";
import { listCatalogProducts } from "../list-catalog-products";
import type { StoreCatalogProductsParamsType } from "../validators";

/**
 * GET /store/catalog/products: the catalogue, filtered by craft, ethnic group, village and artisan,
 * priced in the region's currency; `?locale=en-US` for English texts.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreCatalogProductsParamsType>,
  res: MedusaResponse<StoreCatalogProductsResponse>,
): Promise<void> {
  const { region_id, limit, offset, order, ...filters } = req.validatedQuery;
  const { products, count } = await listCatalogProducts(req.scope, {
    filters,
    region_id,
    limit,
    offset,
    order,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    locale: req.locale,
  });
  res.json({ products, count, offset, limit });
}
