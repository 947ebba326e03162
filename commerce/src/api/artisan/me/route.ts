import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { findArtisan, signInEmail } from "../../../lib/artisan-auth/artisan-account";
import { sendError } from "../../../lib/artisan-auth/http-error";

/** GET /artisan/me: the signed-in artisan's profile and sign-in email. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const artisan = await findArtisan(req.scope, req.auth_context.actor_id);
  if (!artisan) {
    // The token is valid but its artisan was deleted: the portal signs out.
    sendError(res, 401, "unauthorized", "artisan_not_found", "This artisan account no longer exists");
    return;
  }
  const { id, handle, display_name, village_handle, ethnic_group, crafts } = artisan;
  const email = await signInEmail(req.scope, req.auth_context.auth_identity_id);
  res.json({ artisan: { id, handle, display_name, village_handle, ethnic_group, crafts, email } });
}
