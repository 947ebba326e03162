import { MedusaError, Modules } from "@medusajs/framework/utils";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";

/**
 * Creates the emailpass auth identity of an artisan (the provider hashes the password). Refuses an
 * email that already has an identity. The undo deletes the identity it created.
 */
export const registerArtisanIdentityStep = createStep(
  "register-artisan-identity",
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH);
    const existing = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { select: ["id"] },
    );
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This email already has an account",
        "email_taken",
      );
    }
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    });
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        error ?? "Could not create the account",
        "email_taken",
      );
    }
    return new StepResponse({ id: authIdentity.id }, authIdentity.id);
  },
  async (id, { container }) => {
    if (!id) return;
    await container.resolve(Modules.AUTH).deleteAuthIdentities([id]);
  },
);
