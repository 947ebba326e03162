import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { findArtisan } from "../../../lib/artisan-auth/artisan-account";
import type { ArtisanCoMakersResponse } from "../../../lib/artisan-trace";
import { ARTISAN_MODULE } from "../../../modules/artisan";
import type ArtisanModuleService from "../../../modules/artisan/service";

/**
 * GET /artisan/co-makers: the other artisans of the signed-in artisan's village, by name, whom a trace
 * record can name as co-makers (their public profiles: nothing private).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ArtisanCoMakersResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const me = await findArtisan(req.scope, artisanId);
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE);
  const neighbours = me
    ? await service.listArtisans(
        { village_handle: me.village_handle, id: { $ne: artisanId } },
        { select: ["id", "handle", "display_name"], order: { display_name: "ASC" }, take: 200 },
      )
    : [];
  res.json({
    artisans: neighbours.map(({ id, handle, display_name }) => ({ id, handle, display_name })),
  });
}
