import { z } from "@medusajs/framework/zod";

/** Body of POST /admin/artisans/:id/invites. */
export const AdminCreateArtisanInvite = z
  .object({
    /** The artisan's sign-in email; stored lowercased. */
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("must be an email address")),
  })
  .strict();
export type AdminCreateArtisanInviteType = z.infer<typeof AdminCreateArtisanInvite>;
