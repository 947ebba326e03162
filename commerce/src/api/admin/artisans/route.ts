import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { createArtisanWorkflow } from "../../../workflows/create-artisan";
import { ADMIN_ARTISAN_FIELDS } from "./admin-artisan-fields";
import { retrieveAdminArtisan } from "./retrieve-admin-artisan";
import type { AdminArtisansParamsType, AdminCreateArtisanType } from "./validators";

/** GET /admin/artisans: search by name or handle, filter by village or craft. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminArtisansParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { q, village, craft, limit, offset } = req.validatedQuery;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  // Artisans number in the hundreds at most: the craft filter (an array column) is applied here.
  const { data } = await query.graph({
    entity: "artisan",
    fields: ADMIN_ARTISAN_FIELDS,
    filters: {
      ...(q ? { $or: [{ display_name: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }] } : {}),
      ...(village ? { village_handle: village } : {}),
    },
    pagination: { order: { display_name: "ASC" } },
  });
  const matching = data.filter((artisan) => !craft || (artisan.crafts as string[]).includes(craft));
  res.json({ artisans: matching.slice(offset, offset + limit), count: matching.length, offset, limit });
}

/** POST /admin/artisans: creates an artisan (409 if the handle is taken). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateArtisanType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await createArtisanWorkflow(req.scope).run({ input: req.validatedBody });
  res.status(201).json({ artisan: await retrieveAdminArtisan(req.scope, result.id) });
}
