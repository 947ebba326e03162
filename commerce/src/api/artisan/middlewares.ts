import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http";
import { ARTISAN_ACTOR, findArtisan } from "../../lib/artisan-auth/artisan-account";
import { sendError } from "../../lib/artisan-auth/http-error";
import { AdminCreateArtisanInvite } from "../admin/artisans/[id]/invites/validators";
import { artisanSignInRateLimit } from "../auth-rate-limit";
import { ArtisanAcceptInvite } from "./invites/[token]/accept/validators";

/** The invite routes are the only `/artisan/*` routes a visitor without an account can call. */
const PUBLIC_PATH = /^\/artisan\/invites\/[^/]+(\/accept)?\/?$/;

const requireArtisan = authenticate(ARTISAN_ACTOR, ["bearer", "session"]);

/**
 * Every `/artisan/*` route but the invites needs an artisan's token (customers and admins get 401),
 * of an artisan who still exists: a deleted artisan's tokens and password stop working at once.
 */
function artisanGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0] ?? "";
  if (PUBLIC_PATH.test(path)) return next();
  return requireArtisan(req, res, (error?: unknown) => {
    if (error) return next(error);
    const artisanId = (req as AuthenticatedMedusaRequest).auth_context.actor_id;
    findArtisan(req.scope, artisanId).then((artisan) => {
      if (artisan) return next();
      sendError(res, 401, "unauthorized", "artisan_not_found", "This artisan account no longer exists");
    }, next);
  });
}

/** No open sign-up: artisan accounts are made only by accepting an invite. */
function signUpClosed(_req: MedusaRequest, res: MedusaResponse) {
  sendError(res, 403, "not_allowed", "sign_up_closed", "Artisan accounts are created by invitation only");
}

/** Route middlewares of artisan accounts (guard, validators, sign-in limit); spread into api/middlewares.ts. */
export const artisanAccountMiddlewares: MiddlewareRoute[] = [
  // No method: Medusa runs it before every route middleware (validators) of /artisan/*.
  { matcher: "/artisan/*", middlewares: [artisanGuard] },
  {
    matcher: "/artisan/invites/:token/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(ArtisanAcceptInvite)],
  },
  {
    matcher: "/admin/artisans/:id/invites",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateArtisanInvite)],
  },
  { matcher: "/auth/artisan/emailpass", method: ["POST"], middlewares: [artisanSignInRateLimit] },
  { matcher: "/auth/artisan/:auth_provider/register", method: ["POST"], middlewares: [signUpClosed] },
];
