import { useMutation } from "@tanstack/react-query";
import { sdk } from "../lib/sdk";

/** The answer of POST /admin/artisans/:id/invites. */
export interface ArtisanInvite {
  id: string;
  email: string;
  url: string;
  expires_at: string;
}

/** Invites an artisan to the portal (a new invite revokes the older open ones). */
export function useInviteArtisan(artisanId: string) {
  return useMutation({
    mutationFn: (email: string) =>
      sdk.client
        .fetch<{ invite: ArtisanInvite }>(`/admin/artisans/${artisanId}/invites`, {
          method: "POST",
          body: { email },
        })
        .then((data) => data.invite),
  });
}
