import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { appendTraceEventStep, type AppendTraceEventInput } from "./steps/append-trace-event";

/** Records one production step or check at the end of a trace record's chain. */
export const appendTraceEventWorkflow = createWorkflow(
  "append-trace-event",
  (input: AppendTraceEventInput) => {
    return new WorkflowResponse(appendTraceEventStep(input));
  },
);
