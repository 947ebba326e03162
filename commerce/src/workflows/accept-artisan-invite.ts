import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows";
import { markArtisanInviteAcceptedStep } from "./steps/mark-artisan-invite-accepted";
import { registerArtisanIdentityStep } from "./steps/register-artisan-identity";

export interface AcceptArtisanInviteInput {
  /** An open invite (the route checked the token). */
  invite_id: string;
  artisan_id: string;
  email: string;
  password: string;
}

/**
 * Accepts an invite: marks it used, creates the artisan's emailpass identity with the chosen password
 * and ties it to the artisan (`app_metadata.artisan_id`). Returns the auth identity's id.
 */
export const acceptArtisanInviteWorkflow = createWorkflow(
  "accept-artisan-invite",
  (input: AcceptArtisanInviteInput) => {
    markArtisanInviteAcceptedStep({ id: input.invite_id });
    const identity = registerArtisanIdentityStep({ email: input.email, password: input.password });
    setAuthAppMetadataStep({
      authIdentityId: identity.id,
      actorType: "artisan",
      value: input.artisan_id,
    });
    return new WorkflowResponse(
      transform({ identity }, ({ identity }) => ({ auth_identity_id: identity.id })),
    );
  },
);
