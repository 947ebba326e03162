import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { TRACE_MODULE } from "../../../../../modules/trace";
import { markUse } from "../../../../../modules/trace/marks/mark-use";
import type TraceModuleService from "../../../../../modules/trace/service";
import type { AdminMarkUseParamsType } from "../../validators";

/**
 * GET /admin/marks/:id/use?artisan_id=…&date=2026-03-14: `{ allowed: true, … }` or `{ allowed: false,
 * reason }` with reason unknown_mark, not_member, not_yet_valid or expired (the id may be the handle).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminMarkUseParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const { artisan_id, date } = req.validatedQuery;
  const [mark] = await service.listMarks(
    { $or: [{ id: req.params.id }, { handle: req.params.id }] },
    { relations: ["authorisations"] },
  );
  res.json({ use: markUse(mark, artisan_id, date ?? new Date()) });
}
