import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows";
import type { TraceRecordInput } from "../modules/trace/schemas";
import { createTraceRecordStep } from "./steps/create-trace-record";
import { resolveTraceGtinStep } from "./steps/resolve-trace-gtin";
import { validateTraceReferencesStep } from "./steps/validate-trace-references";

/** One lock for every GTIN decision, so two new products at the same moment never get the same GTIN. */
const GTIN_LOCK = { key: "trace-record-gtin", timeout: 10, ttl: 30 };

/**
 * Creates a draft trace record of a batch or piece after checking its product and makers exist; its GTIN is
 * the one given, the product's own, or the next one under the company prefix (decided and stored under a
 * lock of Medusa's Locking Module, in memory or in Redis across machines).
 */
export const createTraceRecordWorkflow = createWorkflow("create-trace-record", (input: TraceRecordInput) => {
  validateTraceReferencesStep(input);
  acquireLockStep(GTIN_LOCK);
  const gtin = resolveTraceGtinStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, gtin: input.gtin })),
  );
  const draft = transform({ input, gtin }, ({ input, gtin }) => ({ ...input, gtin }));
  const record = createTraceRecordStep(draft);
  releaseLockStep({ key: GTIN_LOCK.key });
  return new WorkflowResponse(record);
});
