import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { sendNotificationsStep } from "@medusajs/medusa/core-flows";
import { inviteUrl } from "../lib/artisan-auth/invite-token";
import { createArtisanInviteStep } from "./steps/create-artisan-invite";
import { revokeArtisanInvitesStep } from "./steps/revoke-artisan-invites";

export interface InviteArtisanInput {
  artisan_id: string;
  /** Lowercased. */
  email: string;
  display_name: string;
  /** Origin of the storefront, without a trailing slash. */
  storefront_url: string;
}

/**
 * Invites an artisan to the portal: revokes the older open invites, creates a new one and emails its
 * link (template `artisan-invite`). Returns the invite with its link.
 */
export const inviteArtisanWorkflow = createWorkflow("invite-artisan", (input: InviteArtisanInput) => {
  revokeArtisanInvitesStep({ artisan_id: input.artisan_id });
  const created = createArtisanInviteStep({ artisan_id: input.artisan_id, email: input.email });
  const invite = transform({ created, input }, ({ created, input }) => ({
    id: created.id,
    email: created.email,
    expires_at: created.expires_at,
    url: inviteUrl(input.storefront_url, created.token),
  }));
  const notifications = transform({ invite, input }, ({ invite, input }) => [
    {
      to: invite.email,
      channel: "email",
      template: "artisan-invite",
      data: { url: invite.url, expires_at: invite.expires_at, artisan_name: input.display_name },
      trigger_type: "artisan-invite",
      resource_id: input.artisan_id,
      resource_type: "artisan",
    },
  ]);
  sendNotificationsStep(notifications);
  return new WorkflowResponse(invite);
});
