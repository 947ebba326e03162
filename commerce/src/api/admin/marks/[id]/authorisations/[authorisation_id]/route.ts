import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { endMarkAuthorisationWorkflow } from "../../../../../../workflows/end-mark-authorisation";
import { retrieveAdminAuthorisation } from "../../../admin-mark";
import type { AdminMarkAuthorisationResponse } from "../../../types";
import type { AdminEndMarkAuthorisationType } from "../../../validators";

/**
 * POST /admin/marks/:id/authorisations/:authorisation_id `{ valid_to }`: ends the authorisation early
 * (its last day becomes valid_to). Nothing is deleted: the period stays in the registry's history.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminEndMarkAuthorisationType>,
  res: MedusaResponse<AdminMarkAuthorisationResponse>,
): Promise<void> {
  const { result } = await endMarkAuthorisationWorkflow(req.scope).run({
    input: {
      mark_id: req.params.id,
      authorisation_id: req.params.authorisation_id,
      valid_to: req.validatedBody.valid_to,
    },
  });
  res.json({ authorisation: await retrieveAdminAuthorisation(req.scope, result) });
}
