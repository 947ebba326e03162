import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import type { MarkInput } from "../modules/trace/schemas";
import { createMarkStep } from "./steps/create-mark";

/** Adds a collective mark, certification mark or geographical indication to the registry. */
export const createMarkWorkflow = createWorkflow("create-mark", (input: MarkInput) => {
  return new WorkflowResponse(createMarkStep(input));
});
