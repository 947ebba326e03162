import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";

export interface EndMarkAuthorisationInput {
  mark_id: string;
  authorisation_id: string;
  /** The new last day, "2026-03-14" (inclusive). */
  valid_to: string;
}

/**
 * Ends a member's authorisation early: its last day becomes `valid_to`, which must lie within the
 * period (from valid_from to the current last day). 404 when the authorisation is not the mark's.
 * A longer period is a new authorisation, never an edit. The undo restores the previous last day.
 */
export const endMarkAuthorisationStep = createStep(
  "end-mark-authorisation",
  async (input: EndMarkAuthorisationInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const [authorisation] = await service.listMarkAuthorisations({
      id: input.authorisation_id,
      mark_id: input.mark_id,
    });
    if (!authorisation) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Mark ${input.mark_id} has no authorisation ${input.authorisation_id}`,
      );
    }
    if (input.valid_to < authorisation.valid_from) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `valid_to ${input.valid_to} is before the authorisation starts (${authorisation.valid_from}): choose a day from ${authorisation.valid_from} on`,
        "valid_to_before_valid_from",
      );
    }
    if (authorisation.valid_to !== null && input.valid_to > authorisation.valid_to) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `valid_to ${input.valid_to} is after the authorisation's last day (${authorisation.valid_to}): to extend it, add a new authorisation`,
        "valid_to_extends_period",
      );
    }
    const updated = await service.updateMarkAuthorisations({
      id: authorisation.id,
      valid_to: input.valid_to,
    });
    return new StepResponse(updated, { id: authorisation.id, valid_to: authorisation.valid_to });
  },
  async (previous, { container }) => {
    if (!previous) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.updateMarkAuthorisations(previous);
  },
);
