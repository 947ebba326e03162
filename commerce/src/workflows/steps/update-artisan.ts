import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";
import type { ArtisanRecordInput } from "./create-artisan";

export type ArtisanUpdate = Partial<ArtisanRecordInput> & { id: string };

/** Updates an artisan; the undo puts the previous values back. */
export const updateArtisanStep = createStep(
  "update-artisan",
  async (input: ArtisanUpdate, { container }) => {
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    const before = await service.retrieveArtisan(input.id);
    const artisan = await service.updateArtisans(input);
    return new StepResponse(artisan, before);
  },
  async (before, { container }) => {
    if (!before) return;
    const service: ArtisanModuleService = container.resolve(ARTISAN_MODULE);
    const { created_at: _created, updated_at: _updated, deleted_at: _deleted, ...values } = before;
    await service.updateArtisans(values);
  },
);
