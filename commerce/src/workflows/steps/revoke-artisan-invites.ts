import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ARTISAN_INVITE_MODULE } from "../../modules/artisan-invite";
import type ArtisanInviteModuleService from "../../modules/artisan-invite/service";

/** Revokes an artisan's invites that are still open (a new invite replaces them); the undo reopens them. */
export const revokeArtisanInvitesStep = createStep(
  "revoke-artisan-invites",
  async (input: { artisan_id: string }, { container }) => {
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    const open = await service.listArtisanInvites(
      { artisan_id: input.artisan_id, accepted_at: null, revoked_at: null },
      { select: ["id"] },
    );
    const ids = open.map((invite) => invite.id);
    if (ids.length) {
      await service.updateArtisanInvites({ selector: { id: ids }, data: { revoked_at: new Date() } });
    }
    return new StepResponse(ids, ids);
  },
  async (ids, { container }) => {
    if (!ids?.length) return;
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    await service.updateArtisanInvites({ selector: { id: ids }, data: { revoked_at: null } });
  },
);
