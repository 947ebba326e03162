import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";
import { PUBLISHED_RECORD_MESSAGE, type UpdateTraceRecordInput } from "./prepare-trace-record-update";

/**
 * Writes a correction to a draft record, only while it is still a draft (a publication in between leaves
 * nothing to update: 400). The undo puts the changed fields back.
 */
export const updateTraceRecordStep = createStep(
  "update-trace-record",
  async ({ id, update }: UpdateTraceRecordInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const before = await service.retrieveTraceRecordOr404(id);
    const data = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
    const [record] = await service.updateTraceRecords({ selector: { id, published_at: null }, data });
    if (!record) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Trace record ${id} is published: ${PUBLISHED_RECORD_MESSAGE}`,
      );
    }
    const previous = Object.fromEntries(
      Object.keys(data).map((field) => [field, before[field as keyof typeof before]]),
    );
    return new StepResponse(record, { id, previous });
  },
  async (undo, { container }) => {
    if (!undo) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.updateTraceRecords({ selector: { id: undo.id }, data: undo.previous });
  },
);
