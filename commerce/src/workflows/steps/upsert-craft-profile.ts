import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { CRAFT_MODULE } from "../../modules/craft";
import type CraftModuleService from "../../modules/craft/service";
import type { CatalogCraftProfile } from "../../api/store/types";

/** A craft profile as stored: the public fields, and the id when the product already has one. */
export type CraftProfileRecord = CatalogCraftProfile & { id?: string };

type Undo = { created: string } | { previous: CraftProfileRecord & { id: string } };

/** Creates the product's craft profile or updates the one it has; the undo reverts either. */
export const upsertCraftProfileStep = createStep(
  "upsert-craft-profile",
  async (input: CraftProfileRecord, { container }) => {
    const service: CraftModuleService = container.resolve(CRAFT_MODULE);
    const { id, ...values } = input;
    if (!id) {
      const created = await service.createCraftProfiles(values);
      return new StepResponse({ profile: created, created: true }, { created: created.id } as Undo);
    }
    const before = await service.retrieveCraftProfile(id);
    const updated = await service.updateCraftProfiles({ id, ...values });
    const previous = {
      id: before.id,
      craft: before.craft,
      ethnic_group: before.ethnic_group,
      village_handle: before.village_handle,
      materials: before.materials,
      days_to_make: before.days_to_make,
      care_instructions: before.care_instructions,
      ocop_stars: before.ocop_stars,
      marks: before.marks,
    };
    return new StepResponse({ profile: updated, created: false }, { previous } as Undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    const service: CraftModuleService = container.resolve(CRAFT_MODULE);
    if ("created" in undo) await service.deleteCraftProfiles(undo.created);
    else await service.updateCraftProfiles(undo.previous);
  },
);
