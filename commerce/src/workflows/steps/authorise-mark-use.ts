import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type { MarkAuthorisationInput } from "../../modules/trace/schemas";
import type TraceModuleService from "../../modules/trace/service";

/** Authorises an artisan to use a mark for a period (404 unknown mark or artisan); the undo removes it. */
export const authoriseMarkUseStep = createStep(
  "authorise-mark-use",
  async (input: MarkAuthorisationInput & { mark_id: string }, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    const [mark] = await service.listMarks({ id: input.mark_id });
    if (!mark) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mark ${input.mark_id} does not exist`);
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "artisan",
      fields: ["id"],
      filters: { id: input.artisan_id },
    });
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${input.artisan_id} does not exist`);
    }
    const authorisation = await service.createMarkAuthorisations(input);
    return new StepResponse(authorisation, authorisation.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    await service.deleteMarkAuthorisations(id);
  },
);
