import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { findArtisan } from "../../../../lib/artisan-auth/artisan-account";
import { findOpenInvite } from "../../../../lib/artisan-auth/find-invite";

export const INVITE_INVALID_MESSAGE =
  "This invite link is unknown, expired or already used; ask the tourism office for a new one";

/** GET /artisan/invites/:token (public): whom the invite is for, so the portal can greet them. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const invite = await findOpenInvite(req.scope, req.params.token ?? "");
  const artisan = invite && (await findArtisan(req.scope, invite.artisan_id));
  if (!invite || !artisan) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, INVITE_INVALID_MESSAGE, "invite_invalid");
  }
  res.json({ invite: { email: invite.email, artisan: { display_name: artisan.display_name } } });
}
