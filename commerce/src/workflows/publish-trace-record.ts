import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { publishTraceRecordStep } from "./steps/publish-trace-record";

/** Publishes a trace record: its public page shows it, and later changes are detectable. */
export const publishTraceRecordWorkflow = createWorkflow("publish-trace-record", (input: { id: string }) => {
  return new WorkflowResponse(publishTraceRecordStep(input));
});
