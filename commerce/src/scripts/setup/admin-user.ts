import { createUsersWorkflow } from "@medusajs/medusa/core-flows";
import { FeatureFlag, MedusaError, Modules } from "@medusajs/framework/utils";
import type { SetupContext } from "./progress";

const PROVIDER = "emailpass";
const SUPER_ADMIN_ROLE = "role_super_admin";

/**
 * Ensures an admin user that signs in with email and password, the way `medusa user` creates one:
 * a user, an emailpass auth identity, and the identity's app_metadata pointing at the user.
 * Does nothing when both exist; completes a half-made user (e.g. after a crash) otherwise.
 */
export async function ensureAdminUser(
  { container, progress }: SetupContext,
  credentials: { email: string; password: string },
): Promise<void> {
  const { email, password } = credentials;
  const userModule = container.resolve(Modules.USER);
  const authModule = container.resolve(Modules.AUTH);

  const [user] = await userModule.listUsers({ email });
  const [identity] = await authModule.listProviderIdentities({ entity_id: email, provider: PROVIDER });
  if (user && identity) {
    progress(`Admin user ${email} exists`);
    return;
  }

  progress(`Creating admin user ${email}…`);
  const userId = user?.id ?? (await createAdminUser(container, email));
  let authIdentityId = identity?.auth_identity_id;
  if (!authIdentityId) {
    const { authIdentity, error } = await authModule.register(PROVIDER, { body: { email, password } });
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Could not register ${email} with email and password: ${error ?? "no identity returned"}`,
      );
    }
    authIdentityId = authIdentity.id;
  }
  await authModule.updateAuthIdentities({ id: authIdentityId, app_metadata: { user_id: userId } });
  progress(`Admin user ${email} created`);
}

async function createAdminUser(container: SetupContext["container"], email: string): Promise<string> {
  const roles = FeatureFlag.isFeatureEnabled("rbac") ? await superAdminRoles(container) : [];
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email, ...(roles.length ? { roles } : {}) }] },
  });
  return result[0].id;
}

async function superAdminRoles(container: SetupContext["container"]): Promise<string[]> {
  const rbac = container.resolve(Modules.RBAC);
  const roles = await rbac.listRbacRoles({ id: SUPER_ADMIN_ROLE });
  return roles.map((role) => role.id);
}
