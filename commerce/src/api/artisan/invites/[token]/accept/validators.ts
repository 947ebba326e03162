import { z } from "@medusajs/framework/zod";

/** Body of POST /artisan/invites/:token/accept. */
export const ArtisanAcceptInvite = z
  .object({
    /** The new password: 8 to 128 characters (the portal says so before sending). */
    password: z
      .string()
      .min(8, "must be at least 8 characters long")
      .max(128, "must be at most 128 characters long"),
  })
  .strict();
export type ArtisanAcceptInviteType = z.infer<typeof ArtisanAcceptInvite>;
