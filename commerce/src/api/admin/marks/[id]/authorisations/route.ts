import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { authoriseMarkUseWorkflow } from "../../../../../workflows/authorise-mark-use";
import { retrieveAdminAuthorisation } from "../../admin-mark";
import type { AdminMarkAuthorisationResponse } from "../../types";
import type { AdminAuthoriseMarkUseType } from "../../validators";

/** POST /admin/marks/:id/authorisations: authorises a member artisan for a period (404 unknown mark or artisan). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAuthoriseMarkUseType>,
  res: MedusaResponse<AdminMarkAuthorisationResponse>,
): Promise<void> {
  const { result } = await authoriseMarkUseWorkflow(req.scope).run({
    input: { ...req.validatedBody, mark_id: req.params.id },
  });
  res.status(201).json({ authorisation: await retrieveAdminAuthorisation(req.scope, result) });
}
