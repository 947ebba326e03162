import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows";
import { Modules } from "@medusajs/framework/utils";
import { CRAFT_MODULE } from "../modules/craft";
import { KontumEvents } from "./events";
import type { CraftProfileInput } from "../modules/craft/schemas";
import { prepareCraftProfileStep } from "./steps/prepare-craft-profile";
import { setProductArtisanStep } from "./steps/set-product-artisan";
import { upsertCraftProfileStep } from "./steps/upsert-craft-profile";
import { upsertTranslationsStep } from "./steps/upsert-translations";
import { validateMarkUseStep } from "./steps/validate-mark-use";

export type UpsertProductCraftInput = CraftProfileInput & { product_id: string };

/**
 * Sets a product's craft attributes (with the English care text) and its maker. Every path that sets
 * a product's marks runs this workflow, so its first step refuses (400 mark_not_allowed) a mark the
 * maker may not show today, before anything is written.
 */
export const upsertProductCraftWorkflow = createWorkflow(
  "upsert-product-craft",
  (input: UpsertProductCraftInput) => {
    validateMarkUseStep(
      transform({ input }, ({ input }) => ({ marks: input.marks, artisan_id: input.artisan_id })),
    );
    const record = prepareCraftProfileStep(input);
    const { profile, created } = upsertCraftProfileStep(record);
    when({ created }, ({ created }) => created).then(() => {
      const link = transform({ input, profile }, ({ input, profile }) => [
        {
          [Modules.PRODUCT]: { product_id: input.product_id },
          [CRAFT_MODULE]: { craft_profile_id: profile.id },
        },
      ]);
      createRemoteLinkStep(link);
    });
    setProductArtisanStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, artisan_id: input.artisan_id })),
    );
    const translations = transform({ input, profile }, ({ input, profile }) => [
      {
        reference: "craft_profile",
        reference_id: profile.id,
        fields: { care_instructions: input.care_instructions?.en },
      },
    ]);
    upsertTranslationsStep(translations);
    emitEventStep({
      eventName: KontumEvents.PRODUCT_CRAFT_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.product_id })),
    });
    return new WorkflowResponse(profile);
  },
);
