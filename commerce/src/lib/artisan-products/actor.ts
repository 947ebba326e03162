import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";

/**
 * The signed-in artisan's id. The `/artisan/*` guard (api/artisan/middlewares.ts) already lets only
 * artisans through; this checks again so that a route never runs for another kind of actor.
 */
export function artisanIdOf(req: AuthenticatedMedusaRequest): string {
  const context = req.auth_context;
  if (context?.actor_type !== "artisan" || !context.actor_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as an artisan to use this route");
  }
  return context.actor_id;
}

/** The signed-in admin user's id (curators are admin users). */
export function userIdOf(req: AuthenticatedMedusaRequest): string {
  const context = req.auth_context;
  if (context?.actor_type !== "user" || !context.actor_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to the admin to moderate products");
  }
  return context.actor_id;
}
