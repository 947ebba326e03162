import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { updateTraceRecordWorkflow } from "../../../../workflows/update-trace-record";
import { retrieveAdminTraceRecord } from "../admin-trace-record";
import type { AdminUpdateTraceRecordType } from "../validators";

/** GET /admin/trace-records/:id: the record, its events in order and its Digital Link URI. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ trace_record: await retrieveAdminTraceRecord(req.scope, req.params.id) });
}

/**
 * POST /admin/trace-records/:id: corrects a draft's fields (not its product, kind or GTIN). 400 once the
 * record is published (a published story is sealed: a correction is a new event); 422 for a taken lot.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateTraceRecordType>,
  res: MedusaResponse,
): Promise<void> {
  await updateTraceRecordWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } });
  res.json({ trace_record: await retrieveAdminTraceRecord(req.scope, req.params.id) });
}
