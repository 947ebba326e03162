import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { endMarkAuthorisationStep, type EndMarkAuthorisationInput } from "./steps/end-mark-authorisation";

/** Ends a member's authorisation to use a mark early (sets its last day); the history stays. */
export const endMarkAuthorisationWorkflow = createWorkflow(
  "end-mark-authorisation",
  (input: EndMarkAuthorisationInput) => {
    return new WorkflowResponse(endMarkAuthorisationStep(input));
  },
);
