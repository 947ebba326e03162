import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type { TraceRecordDraft } from "../../modules/trace/schemas";
import type TraceModuleService from "../../modules/trace/service";

/** Creates a draft trace record (422 when its GTIN and lot or serial are taken); the undo deletes it. */
export const createTraceRecordStep = createStep(
  "create-trace-record",
  async (input: TraceRecordDraft, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const key = input.kind === "batch" ? { lot: input.lot } : { serial: input.serial };
    const [taken] = await service.listTraceRecords({ gtin: input.gtin, ...key });
    if (taken) {
      const what = input.kind === "batch" ? `batch ${input.lot}` : `serial ${input.serial}`;
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `GTIN ${input.gtin} already has a trace record for ${what} (${taken.id}): use another ${input.kind === "batch" ? "lot" : "serial"} number`,
      );
    }
    const record = await service.createTraceRecords(input);
    return new StepResponse(record, record.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.deleteTraceRecords(id);
  },
);
