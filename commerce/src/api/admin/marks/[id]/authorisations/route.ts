import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { authoriseMarkUseWorkflow } from "../../../../../workflows/authorise-mark-use";
import type { AdminAuthoriseMarkUseType } from "../../validators";

/** POST /admin/marks/:id/authorisations: authorises a member artisan for a period. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAuthoriseMarkUseType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await authoriseMarkUseWorkflow(req.scope).run({
    input: { ...req.validatedBody, mark_id: req.params.id },
  });
  res.status(201).json({ authorisation: result });
}
