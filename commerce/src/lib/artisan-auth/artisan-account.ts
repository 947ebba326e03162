import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";

export const ARTISAN_ACTOR = "artisan";

/** The artisan with this id, or null (deleted or unknown). */
export async function findArtisan(scope: MedusaContainer, id: string) {
  const service: ArtisanModuleService = scope.resolve(ARTISAN_MODULE);
  const [artisan] = await service.listArtisans({ id }, { take: 1 });
  return artisan ?? null;
}

/** Whether an emailpass identity (of any actor: artisan, customer or admin) already uses this email. */
export async function emailHasIdentity(scope: MedusaContainer, email: string): Promise<boolean> {
  const identities = await scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"] });
  return identities.length > 0;
}

/** The email an artisan signs in with (their emailpass identity), or null. */
export async function signInEmail(scope: MedusaContainer, authIdentityId: string): Promise<string | null> {
  const [identity] = await scope
    .resolve(Modules.AUTH)
    .listProviderIdentities(
      { auth_identity_id: authIdentityId, provider: "emailpass" },
      { select: ["entity_id"] },
    );
  return identity?.entity_id ?? null;
}

/** A JWT for an artisan, as Medusa's own `POST /auth/artisan/emailpass` issues it. */
export function artisanJwt(
  scope: MedusaContainer,
  input: { artisanId: string; authIdentityId: string },
): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig;
  return generateJwtToken(
    {
      actor_id: input.artisanId,
      actor_type: ARTISAN_ACTOR,
      auth_identity_id: input.authIdentityId,
      auth_provider: "emailpass",
      mfa_enabled: false,
      mfa_challenge_completed_at: null,
      app_metadata: { artisan_id: input.artisanId },
      user_metadata: {},
    },
    { secret: http.jwtSecret, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions },
  );
}
