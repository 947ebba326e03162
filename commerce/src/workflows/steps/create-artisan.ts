import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";
import type { ArtisanInput } from "../../modules/craft/schemas";

export type ArtisanRecordInput = Omit<ArtisanInput, "bio"> & { bio: string };

/** Creates an artisan; the undo deletes it. */
export const createArtisanStep = createStep(
  "create-artisan",
  async (input: ArtisanRecordInput, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    const artisan = await service.createArtisans(input);
    return new StepResponse(artisan, artisan.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    await service.deleteArtisans(id);
  },
);
