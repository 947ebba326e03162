import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import type { TraceRecordInput } from "../modules/trace/schemas";
import { createTraceRecordStep } from "./steps/create-trace-record";
import { validateTraceReferencesStep } from "./steps/validate-trace-references";

/** Creates a draft trace record of a batch or piece after checking its product and makers exist. */
export const createTraceRecordWorkflow = createWorkflow("create-trace-record", (input: TraceRecordInput) => {
  validateTraceReferencesStep(input);
  return new WorkflowResponse(createTraceRecordStep(input));
});
