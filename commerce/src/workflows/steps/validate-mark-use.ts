import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import {
  describeRefusal,
  MARK_NOT_ALLOWED,
  markRefusals,
  type MarkRefusal,
} from "../../modules/trace/marks/mark-refusals";
import type TraceModuleService from "../../modules/trace/service";

/**
 * A 400 (`code` mark_not_allowed) that lists the refused marks. `refusals` survives the workflow
 * engine (it serialises a step's error with its own properties); routes send it with
 * `sendMarkRefusal` (lib/marks).
 */
export class MarkUseRefusedError extends MedusaError {
  readonly refusals: MarkRefusal[];

  constructor(refusals: MarkRefusal[]) {
    super(
      MedusaError.Types.INVALID_DATA,
      `The product cannot show its marks: ${refusals.map(describeRefusal).join("; ")}`,
      MARK_NOT_ALLOWED,
    );
    this.refusals = refusals;
  }
}

/**
 * Refuses (400) the marks a product of `artisan_id` may not show today, naming each mark and its
 * reason: unknown_mark, not_member, not_yet_valid, expired, or no_maker (a product without an artisan
 * names a mark of the registry). No marks, nothing to check. Reads only.
 */
export const validateMarkUseStep = createStep(
  "validate-mark-use",
  async (input: { marks: string[]; artisan_id: string | null }, { container }) => {
    if (input.marks.length === 0) return new StepResponse(undefined);
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const registry = await service.listMarks({ handle: input.marks }, { relations: ["authorisations"] });
    const refusals = markRefusals(input.marks, registry, input.artisan_id, new Date());
    if (refusals.length) throw new MarkUseRefusedError(refusals);
    return new StepResponse(undefined);
  },
);
