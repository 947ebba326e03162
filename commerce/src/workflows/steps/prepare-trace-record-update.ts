import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type { TraceRecordUpdate } from "../../modules/trace/schemas";
import type TraceModuleService from "../../modules/trace/service";

export interface UpdateTraceRecordInput {
  id: string;
  update: TraceRecordUpdate;
}

/** The message of every refused change to a published record (admin API and portal alike). */
export const PUBLISHED_RECORD_MESSAGE =
  "published records cannot be changed; append an event instead (a correction is a new step)";

/**
 * Checks a correction to a draft record before it is written: 404 for an unknown record, 400 once it is
 * published or when the lot, serial or batch size does not fit its kind, 422 when the new lot or serial is
 * taken under its GTIN (not 409: Medusa replaces a 409's message). Returns the record's product and makers
 * after the change. Reads only.
 */
export const prepareTraceRecordUpdateStep = createStep(
  "prepare-trace-record-update",
  async ({ id, update }: UpdateTraceRecordInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const record = await service.retrieveTraceRecordOr404(id);
    if (record.published_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Trace record ${id} is published: ${PUBLISHED_RECORD_MESSAGE}`,
      );
    }
    if (record.kind === "batch" && update.serial !== undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Trace record ${id} is a batch: it has a batch/lot number (lot), not a serial`,
      );
    }
    if (record.kind === "piece" && update.lot !== undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Trace record ${id} is a single piece: it has a serial number, not a batch/lot number`,
      );
    }
    if (record.kind === "piece" && update.batch_size !== undefined && update.batch_size !== 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Trace record ${id} is a single piece: batch_size is 1`,
      );
    }
    const key =
      update.lot !== undefined
        ? { lot: update.lot }
        : update.serial !== undefined
          ? { serial: update.serial }
          : null;
    if (key) {
      const [taken] = await service.listTraceRecords(
        { gtin: record.gtin, ...key, id: { $ne: id } },
        { select: ["id"], take: 1 },
      );
      if (taken) {
        const what = "lot" in key ? `batch ${key.lot}` : `serial ${key.serial}`;
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `GTIN ${record.gtin} already has a trace record for ${what} (${taken.id}): use another ${"lot" in key ? "lot" : "serial"} number`,
        );
      }
    }
    return new StepResponse({ product_id: record.product_id, makers: update.makers ?? record.makers });
  },
);
