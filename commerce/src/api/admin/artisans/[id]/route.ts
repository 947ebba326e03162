import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { deleteArtisanWorkflow } from "../../../../workflows/delete-artisan";
import { updateArtisanWorkflow } from "../../../../workflows/update-artisan";
import { retrieveAdminArtisan } from "../retrieve-admin-artisan";
import type { AdminUpdateArtisanType } from "../validators";

/** GET /admin/artisans/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ artisan: await retrieveAdminArtisan(req.scope, req.params.id) });
}

/** POST /admin/artisans/:id: updates the given fields. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateArtisanType>,
  res: MedusaResponse,
): Promise<void> {
  // The workflow's first step reads the artisan: an unknown id is a 404 before anything is written.
  await updateArtisanWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } });
  res.json({ artisan: await retrieveAdminArtisan(req.scope, req.params.id) });
}

/** DELETE /admin/artisans/:id: their products stay, without a maker. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await deleteArtisanWorkflow(req.scope).run({ input: { id: req.params.id } });
  res.json({ id: req.params.id, object: "artisan", deleted: true });
}
