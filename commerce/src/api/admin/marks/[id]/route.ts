import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { retrieveAdminMark } from "../admin-mark";
import type { AdminMarkResponse } from "../types";

/** GET /admin/marks/:id (id or handle): the mark, every authorisation with its artisan and status today. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminMarkResponse>,
): Promise<void> {
  res.json({ mark: await retrieveAdminMark(req.scope, req.params.id) });
}
