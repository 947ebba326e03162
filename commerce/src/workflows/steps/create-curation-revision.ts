import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { CURATION_MODULE } from "../../modules/curation";
import type CurationModuleService from "../../modules/curation/service";

export interface CurationRevisionInput {
  page: string;
  featured_villages: string[];
  seasonal_festival: string | null;
  itineraries: string[];
  created_by: string | null;
}

/** Adds a revision (it becomes the page's current choices); the undo deletes it. */
export const createCurationRevisionStep = createStep(
  "create-curation-revision",
  async (input: CurationRevisionInput, { container }) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE);
    const revision = await service.createCurationRevisions(input);
    return new StepResponse(revision, revision.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: CurationModuleService = container.resolve(CURATION_MODULE);
    await service.deleteCurationRevisions(id);
  },
);
