import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import { createTraceRecordWorkflow } from "../../../workflows/create-trace-record";
import { retrieveAdminTraceRecord, toAdminTraceRecordSummaries } from "./admin-trace-record";
import type { AdminCreateTraceRecordType, AdminTraceRecordsParamsType } from "./validators";

/**
 * GET /admin/trace-records: newest first, optionally of one product; each with its product, events count
 * and verification.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminTraceRecordsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { product_id, limit, offset } = req.validatedQuery;
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const [records, count] = await service.listAndCountTraceRecords(product_id ? { product_id } : {}, {
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
  });
  res.json({
    trace_records: await toAdminTraceRecordSummaries(req.scope, records),
    count,
    offset,
    limit,
  });
}

/** POST /admin/trace-records: creates a draft record (404 unknown product or maker, 422 key or GTIN taken). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateTraceRecordType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await createTraceRecordWorkflow(req.scope).run({ input: req.validatedBody });
  res.status(201).json({ trace_record: await retrieveAdminTraceRecord(req.scope, result.id) });
}
