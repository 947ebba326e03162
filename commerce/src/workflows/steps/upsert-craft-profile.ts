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
    const {
      created_at: _created,
      updated_at: _updated,
      deleted_at: _deleted,
      ...previous
    } = await service.retrieveCraftProfile(id);
    const updated = await service.updateCraftProfiles({ id, ...values });
    return new StepResponse({ profile: updated, created: false }, { previous } as Undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    const service: CraftModuleService = container.resolve(CRAFT_MODULE);
    if ("created" in undo) await service.deleteCraftProfiles(undo.created);
    else await service.updateCraftProfiles(undo.previous);
  },
);
