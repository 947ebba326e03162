import type { MedusaContainer } from "@medusajs/framework/types";
import { Modules } from "@medusajs/framework/utils";

/** The emails of the admin users `ids` (a deleted user is left out), by id. */
export async function emailsOfUsers(
  container: MedusaContainer,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await container.resolve(Modules.USER).listUsers({ id: wanted }, { select: ["id", "email"] });
  return new Map(users.map((user) => [user.id, user.email]));
}
