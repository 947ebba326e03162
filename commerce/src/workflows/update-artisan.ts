import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { emitEventStep } from "@medusajs/medusa/core-flows";
import type { ArtisanInput } from "../modules/craft/schemas";
import { KontumEvents } from "./events";
import { updateArtisanStep } from "./steps/update-artisan";
import { upsertTranslationsStep } from "./steps/upsert-translations";

export type UpdateArtisanWorkflowInput = Partial<ArtisanInput> & { id: string };

/** Updates an artisan; a new bio updates the Vietnamese text and its English translation. */
export const updateArtisanWorkflow = createWorkflow("update-artisan", (input: UpdateArtisanWorkflowInput) => {
  const record = transform({ input }, ({ input }) => {
    const { bio, ...rest } = input;
    return bio ? { ...rest, bio: bio.vi } : rest;
  });
  const artisan = updateArtisanStep(record);
  const translations = transform({ input }, ({ input }) =>
    input.bio ? [{ reference: "artisan", reference_id: input.id, fields: { bio: input.bio.en } }] : [],
  );
  upsertTranslationsStep(translations);
  emitEventStep({
    eventName: KontumEvents.ARTISAN_UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  });
  return new WorkflowResponse(artisan);
});
