import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";

/** Soft-deletes an artisan; the undo restores it. */
export const deleteArtisanStep = createStep(
  "delete-artisan",
  async (id: string, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    await service.softDeleteArtisans(id);
    return new StepResponse(id, id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    await service.restoreArtisans(id);
  },
);
