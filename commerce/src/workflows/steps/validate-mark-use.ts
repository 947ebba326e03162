import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type { MarkUse } from "../../modules/trace/marks/mark-use";
import type TraceModuleService from "../../modules/trace/service";

type Refusal = Extract<MarkUse, { allowed: false }>;

function explain(handle: string, refusal: Refusal): string {
  switch (refusal.reason) {
    case "unknown_mark":
      return `mark "${handle}" is not in the registry (reason unknown_mark): add it under /admin/marks first`;
    case "not_member":
      return `the maker is not authorised to use mark "${handle}" (reason not_member): ask its owner to authorise them`;
    case "not_yet_valid":
      return `the maker's right to mark "${handle}" starts on ${refusal.valid_from} (reason not_yet_valid)`;
    case "expired":
      return `the maker's right to mark "${handle}" ended on ${refusal.valid_to} (reason expired): renew the authorisation`;
  }
}

/**
 * Refuses (400) a product's marks that its artisan may not show today, naming each mark and the reason
 * (unknown_mark, not_member, not_yet_valid, expired). No marks, nothing to check. Reads only.
 */
export const validateMarkUseStep = createStep(
  "validate-mark-use",
  async (input: { marks: string[]; artisan_id: string | null }, { container }) => {
    if (input.marks.length === 0) return new StepResponse(undefined);
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const problems: string[] = [];
    for (const handle of input.marks) {
      const use = input.artisan_id
        ? await service.checkMarkUse(handle, input.artisan_id)
        : ({ allowed: false, reason: "not_member" } as const);
      if (!use.allowed) problems.push(explain(handle, use));
    }
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The product cannot show its marks: ${problems.join("; ")}`,
      );
    }
    return new StepResponse(undefined);
  },
);
