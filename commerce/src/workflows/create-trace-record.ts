import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import type { TraceRecordInput } from "../modules/trace/schemas";
import { createTraceRecordStep } from "./steps/create-trace-record";
import { resolveTraceGtinStep } from "./steps/resolve-trace-gtin";
import { validateTraceReferencesStep } from "./steps/validate-trace-references";

/**
 * Creates a draft trace record of a batch or piece after checking its product and makers exist; its GTIN is
 * the one given, the product's own, or the next one under the company prefix.
 */
export const createTraceRecordWorkflow = createWorkflow("create-trace-record", (input: TraceRecordInput) => {
  validateTraceReferencesStep(input);
  const gtin = resolveTraceGtinStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, gtin: input.gtin })),
  );
  const draft = transform({ input, gtin }, ({ input, gtin }) => ({ ...input, gtin }));
  return new WorkflowResponse(createTraceRecordStep(draft));
});
