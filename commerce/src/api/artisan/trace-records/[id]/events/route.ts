import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../../../lib/artisan-products/actor";
import {
  retrieveOwnTraceRecord,
  toArtisanTraceRecordResponse,
  type ArtisanTraceRecordResponse,
} from "../../../../../lib/artisan-trace";
import { TRACE_MODULE } from "../../../../../modules/trace";
import type TraceModuleService from "../../../../../modules/trace/service";
import { appendTraceEventWorkflow } from "../../../../../workflows/append-trace-event";
import type { ArtisanAppendTraceEventType } from "../../validators";

/**
 * POST /artisan/trace-records/:id/events: appends a production step to one of the artisan's records,
 * recorded as by the artisan (the public page says so). Steps are never changed afterwards.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ArtisanAppendTraceEventType>,
  res: MedusaResponse<ArtisanTraceRecordResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const { id } = await retrieveOwnTraceRecord(req.scope, artisanId, req.params.id);
  await appendTraceEventWorkflow(req.scope).run({
    input: { record_id: id, event: req.validatedBody, recorder: { type: "artisan", id: artisanId } },
  });
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const record = await service.retrieveTraceRecordOr404(id);
  res.status(201).json(await toArtisanTraceRecordResponse(req.scope, record, artisanId));
}
