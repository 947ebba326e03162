import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError, Modules } from "@medusajs/framework/utils";
import { artisanJwt, emailHasIdentity, findArtisan } from "../../../../../lib/artisan-auth/artisan-account";
import { findOpenInvite } from "../../../../../lib/artisan-auth/find-invite";
import { sendError } from "../../../../../lib/artisan-auth/http-error";
import { acceptArtisanInviteWorkflow } from "../../../../../workflows/accept-artisan-invite";
import { INVITE_INVALID_MESSAGE } from "../route";
import type { ArtisanAcceptInviteType } from "./validators";

const EMAIL_TAKEN_MESSAGE =
  "This email already has an account; ask the tourism office to invite you with another email";

/**
 * POST /artisan/invites/:token/accept (public): sets the artisan's password, uses up the invite and
 * signs the artisan in (201 `{ token }`).
 */
export async function POST(req: MedusaRequest<ArtisanAcceptInviteType>, res: MedusaResponse): Promise<void> {
  const token = req.params.token ?? "";
  const locking = req.scope.resolve(Modules.LOCKING);
  // One accept at a time per token: a double tap must not create two identities or half-undo one.
  const outcome = await locking.execute(`artisan-invite-accept:${token.slice(0, 64)}`, async () => {
    const invite = await findOpenInvite(req.scope, token);
    const artisan = invite && (await findArtisan(req.scope, invite.artisan_id));
    if (!invite || !artisan) return "invalid" as const;
    if (await emailHasIdentity(req.scope, invite.email)) return "taken" as const;
    const { result } = await acceptArtisanInviteWorkflow(req.scope).run({
      input: {
        invite_id: invite.id,
        artisan_id: artisan.id,
        email: invite.email,
        password: req.validatedBody.password,
      },
    });
    return { artisanId: artisan.id, authIdentityId: result.auth_identity_id };
  });
  if (outcome === "invalid") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, INVITE_INVALID_MESSAGE, "invite_invalid");
  }
  if (outcome === "taken") {
    sendError(res, 409, "conflict", "email_taken", EMAIL_TAKEN_MESSAGE);
    return;
  }
  res.status(201).json({ token: artisanJwt(req.scope, outcome) });
}
