import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import {
  prepareTraceRecordUpdateStep,
  type UpdateTraceRecordInput,
} from "./steps/prepare-trace-record-update";
import { updateTraceRecordStep } from "./steps/update-trace-record";
import { validateTraceReferencesStep } from "./steps/validate-trace-references";

/**
 * Corrects a draft trace record (makers, village, ethnic group, materials, batch size, lot or serial,
 * metadata) after checking it is still a draft, the change fits its kind, and the makers exist.
 */
export const updateTraceRecordWorkflow = createWorkflow(
  "update-trace-record",
  (input: UpdateTraceRecordInput) => {
    validateTraceReferencesStep(prepareTraceRecordUpdateStep(input));
    return new WorkflowResponse(updateTraceRecordStep(input));
  },
);
