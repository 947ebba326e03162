import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { publishTraceRecordWorkflow } from "../../../../../workflows/publish-trace-record";
import { retrieveAdminTraceRecord } from "../../admin-trace-record";

/**
 * POST /admin/trace-records/:id/publish: seals the record's fields and the head of its chain; the public
 * page shows it from now on. 400 without events or when the chain is already damaged.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  await publishTraceRecordWorkflow(req.scope).run({ input: { id: req.params.id } });
  res.json({ trace_record: await retrieveAdminTraceRecord(req.scope, req.params.id) });
}
