import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { TRACE_MODULE } from "../../../../../modules/trace";
import type TraceModuleService from "../../../../../modules/trace/service";

/**
 * GET /admin/trace-records/:id/verify: recomputes the hash chain. `{ intact: true, … }`, or
 * `{ intact: false, first_bad_sequence, reason }` (0 when the record's own fields changed).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  res.json({ verification: await service.verifyTraceRecord(req.params.id) });
}
