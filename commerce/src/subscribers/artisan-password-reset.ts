import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework";
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils";
import { readEnv, storefrontUrl } from "../env";
import { passwordResetUrl } from "../lib/artisan-auth/invite-token";

interface PasswordResetEvent {
  /** The email the reset was asked for. */
  entity_id: string;
  actor_type: string;
  /** Medusa's single-use reset JWT (15 minutes). */
  token: string;
}

/**
 * Emails an artisan the link to choose a new password (template `artisan-password-reset`). Only for
 * an email whose identity is an artisan's: a request for any other email sends nothing (and the
 * route answers 201 alike, so nobody learns which emails have accounts).
 */
export default async function artisanPasswordResetHandler({
  event,
  container,
}: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token } = event.data;
  if (actor_type !== "artisan") return;
  const auth = container.resolve(Modules.AUTH);
  const [identity] = await auth.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { relations: ["auth_identity"] },
  );
  const artisanId = identity?.auth_identity?.app_metadata?.artisan_id;
  if (typeof artisanId !== "string") return;
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "artisan-password-reset",
    data: { url: passwordResetUrl(storefrontUrl(readEnv()), token, email) },
    trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    resource_id: artisanId,
    resource_type: "artisan",
  });
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
};
