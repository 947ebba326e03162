import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { StoreArtisansResponse } from "../types";
import { STORE_ARTISAN_FIELDS, toStoreArtisan, type ArtisanRow } from "./artisan-fields";
import type { StoreArtisansParamsType } from "./validators";

/** GET /store/artisans: artisans by name, optionally of one village or craft, or one by handle. */
export async function GET(
  req: MedusaRequest<unknown, StoreArtisansParamsType>,
  res: MedusaResponse<StoreArtisansResponse>,
): Promise<void> {
  const { handle, village, craft, limit, offset } = req.validatedQuery;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  // Artisans number in the hundreds at most: the craft filter (an array column) is applied here.
  const { data } = await query.graph(
    {
      entity: "artisan",
      fields: STORE_ARTISAN_FIELDS,
      filters: { ...(village ? { village_handle: village } : {}), ...(handle ? { handle } : {}) },
      pagination: { order: { display_name: "ASC" } },
    },
    { locale: req.locale },
  );
  const matching = (data as ArtisanRow[])
    .map(toStoreArtisan)
    .filter((artisan) => !craft || artisan.crafts.includes(craft));
  res.json({ artisans: matching.slice(offset, offset + limit), count: matching.length, offset, limit });
}
