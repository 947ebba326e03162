import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { readEnv, storefrontUrl } from "../../../../../env";
import { emailHasIdentity, findArtisan } from "../../../../../lib/artisan-auth/artisan-account";
import { sendError } from "../../../../../lib/artisan-auth/http-error";
import { inviteArtisanWorkflow } from "../../../../../workflows/invite-artisan";
import type { AdminCreateArtisanInviteType } from "./validators";

/**
 * POST /admin/artisans/:id/invites: invites the artisan to the portal (a new invite revokes the
 * older open ones) and emails the link; the answer carries the link too, for sending it by chat.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateArtisanInviteType>,
  res: MedusaResponse,
): Promise<void> {
  const artisan = await findArtisan(req.scope, req.params.id);
  if (!artisan) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Artisan ${req.params.id} was not found`,
      "artisan_not_found",
    );
  }
  const { email } = req.validatedBody;
  if (await emailHasIdentity(req.scope, email)) {
    sendError(
      res,
      409,
      "conflict",
      "email_taken",
      `${email} already has an account (artisan, customer or admin); invite the artisan with another email`,
    );
    return;
  }
  const { result: invite } = await inviteArtisanWorkflow(req.scope).run({
    input: {
      artisan_id: artisan.id,
      email,
      display_name: artisan.display_name,
      storefront_url: storefrontUrl(readEnv()),
    },
  });
  res.status(201).json({ invite });
}
