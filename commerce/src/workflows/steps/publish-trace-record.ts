import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";

/** Seals the record and the head of its chain; the undo puts back what publication recorded before. */
export const publishTraceRecordStep = createStep(
  "publish-trace-record",
  async (input: { id: string }, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const before = await service.retrieveTraceRecordOr404(input.id);
    const record = await service.publishTraceRecord(input.id);
    return new StepResponse(record, {
      id: before.id,
      published_at: before.published_at,
      published_sequence: before.published_sequence,
      published_head_hash: before.published_head_hash,
      record_hash: before.record_hash,
    });
  },
  async (previous, { container }) => {
    if (!previous) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.updateTraceRecords(previous);
  },
);
