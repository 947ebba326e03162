import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { retrieveAdminTraceRecord } from "../admin-trace-record";

/** GET /admin/trace-records/:id: the record, its events in order and its Digital Link URI. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ trace_record: await retrieveAdminTraceRecord(req.scope, req.params.id) });
}
