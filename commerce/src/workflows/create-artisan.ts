import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { emitEventStep } from "@medusajs/medusa/core-flows";
import type { ArtisanInput } from "../modules/craft/schemas";
import { KontumEvents } from "./events";
import { createArtisanStep } from "./steps/create-artisan";
import { upsertTranslationsStep } from "./steps/upsert-translations";

/** Creates an artisan with the Vietnamese bio and its English translation. */
export const createArtisanWorkflow = createWorkflow("create-artisan", (input: ArtisanInput) => {
  const record = transform({ input }, ({ input }) => ({ ...input, bio: input.bio.vi }));
  const artisan = createArtisanStep(record);
  const translations = transform({ artisan, input }, ({ artisan, input }) => [
    { reference: "artisan", reference_id: artisan.id, fields: { bio: input.bio.en } },
  ]);
  upsertTranslationsStep(translations);
  emitEventStep({
    eventName: KontumEvents.ARTISAN_CREATED,
    data: transform({ artisan }, ({ artisan }) => ({ id: artisan.id })),
  });
  return new WorkflowResponse(artisan);
});
