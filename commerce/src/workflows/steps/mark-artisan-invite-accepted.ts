import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ARTISAN_INVITE_MODULE } from "../../modules/artisan-invite";
import type ArtisanInviteModuleService from "../../modules/artisan-invite/service";

/** Marks an invite used (it cannot be accepted again); the undo reopens it. */
export const markArtisanInviteAcceptedStep = createStep(
  "mark-artisan-invite-accepted",
  async (input: { id: string }, { container }) => {
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    await service.updateArtisanInvites({ id: input.id, accepted_at: new Date() });
    return new StepResponse(input.id, input.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    await service.updateArtisanInvites({ id, accepted_at: null });
  },
);
