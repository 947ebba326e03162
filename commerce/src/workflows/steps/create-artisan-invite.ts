import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { generateInviteToken, hashInviteToken, INVITE_TTL_MS } from "../../lib/artisan-auth/invite-token";
import { ARTISAN_INVITE_MODULE } from "../../modules/artisan-invite";
import type ArtisanInviteModuleService from "../../modules/artisan-invite/service";

/**
 * Creates an invite with a new random token; only the token's hash is stored. Returns the token
 * once, for the link. The undo deletes the invite.
 */
export const createArtisanInviteStep = createStep(
  "create-artisan-invite",
  async (input: { artisan_id: string; email: string }, { container }) => {
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    const token = generateInviteToken();
    const invite = await service.createArtisanInvites({
      artisan_id: input.artisan_id,
      email: input.email,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    });
    return new StepResponse(
      { id: invite.id, email: invite.email, expires_at: new Date(invite.expires_at).toISOString(), token },
      invite.id,
    );
  },
  async (id, { container }) => {
    if (!id) return;
    const service: ArtisanInviteModuleService = container.resolve(ARTISAN_INVITE_MODULE);
    await service.deleteArtisanInvites(id);
  },
);
