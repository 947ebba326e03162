import type { MedusaContainer } from "@medusajs/framework/types";
import { ARTISAN_INVITE_MODULE } from "../../modules/artisan-invite";
import type ArtisanInviteModuleService from "../../modules/artisan-invite/service";
import { hashInviteToken, inviteState, inviteTokenMatches, isInviteTokenShape } from "./invite-token";

export interface OpenInvite {
  id: string;
  artisan_id: string;
  email: string;
}

/** The open invite (not used, revoked or expired) whose token this is, or null. */
export async function findOpenInvite(scope: MedusaContainer, token: string): Promise<OpenInvite | null> {
  if (!isInviteTokenShape(token)) return null;
  const service: ArtisanInviteModuleService = scope.resolve(ARTISAN_INVITE_MODULE);
  const [invite] = await service.listArtisanInvites({ token_hash: hashInviteToken(token) }, { take: 1 });
  if (!invite || !inviteTokenMatches(token, invite.token_hash)) return null;
  if (inviteState(invite) !== "open") return null;
  return { id: invite.id, artisan_id: invite.artisan_id, email: invite.email };
}
