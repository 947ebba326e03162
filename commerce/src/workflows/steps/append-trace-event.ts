import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { TRACE_MODULE } from "../../modules/trace";
import type { TraceEventInput } from "../../modules/trace/schemas";
import type TraceModuleService from "../../modules/trace/service";
import type { Recorder } from "../../modules/trace/service";

export interface AppendTraceEventInput {
  record_id: string;
  event: TraceEventInput;
  recorder: Recorder;
}

/** Appends an event to a record's chain; the undo removes it again while it is still the last one. */
export const appendTraceEventStep = createStep(
  "append-trace-event",
  async (input: AppendTraceEventInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const event = await service.appendTraceEvent(input.record_id, input.event, input.recorder);
    return new StepResponse(event, event.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.undoAppendTraceEvent(id);
  },
);
