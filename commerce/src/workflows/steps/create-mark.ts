import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type { MarkInput } from "../../modules/trace/schemas";
import type TraceModuleService from "../../modules/trace/service";

/** Adds a mark to the registry (409 when the handle is taken); the undo deletes it. */
export const createMarkStep = createStep(
  "create-mark",
  async (input: MarkInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const [taken] = await service.listMarks({ handle: input.handle });
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A mark with handle ${input.handle} already exists (${taken.id}): choose another handle`,
      );
    }
    const mark = await service.createMarks(input);
    return new StepResponse(mark, mark.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.deleteMarks(id);
  },
);
