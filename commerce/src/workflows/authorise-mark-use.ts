import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import type { MarkAuthorisationInput } from "../modules/trace/schemas";
import { authoriseMarkUseStep } from "./steps/authorise-mark-use";

/** Authorises a member artisan to use a mark from valid_from to valid_to (inclusive). */
export const authoriseMarkUseWorkflow = createWorkflow(
  "authorise-mark-use",
  (input: MarkAuthorisationInput & { mark_id: string }) => {
    return new WorkflowResponse(authoriseMarkUseStep(input));
  },
);
