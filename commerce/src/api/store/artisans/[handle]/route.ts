import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { listCatalogProducts } from "../../catalog/list-catalog-products";
import type { StoreArtisanResponse } from "../../types";
import { STORE_ARTISAN_FIELDS, toStoreArtisan, type ArtisanRow } from "../artisan-fields";
import type { StoreArtisanParamsType } from "../validators";

/** GET /store/artisans/:handle: an artisan with their products, priced in the region's currency. */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreArtisanParamsType>,
  res: MedusaResponse<StoreArtisanResponse>,
): Promise<void> {
  const { region_id, limit, offset } = req.validatedQuery;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph(
    { entity: "artisan", fields: STORE_ARTISAN_FIELDS, filters: { handle: req.params.handle } },
    { locale: req.locale },
  );
  const row = data[0] as ArtisanRow | undefined;
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan "${req.params.handle}" was not found`);
  }
  const artisan = toStoreArtisan(row);
  const { products } = await listCatalogProducts(req.scope, {
    filters: { artisan: [artisan.handle] },
    region_id,
    limit,
    offset,
    order: "-created_at",
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    locale: req.locale,
  });
  res.json({ artisan, products });
}
