import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http";
import {
  AdminAuthoriseMarkUse,
  AdminCreateMark,
  AdminEndMarkAuthorisation,
  AdminMarkUseParams,
} from "./admin/marks/validators";

// Our routes read `req.validatedQuery` themselves; the query config only satisfies the validator.
const queryConfig = { defaults: ["id"], isList: false };

/** Validators of the mark registry's routes (spread into ./middlewares.ts). /admin/* already requires a user. */
export const markMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/marks",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateMark)],
  },
  {
    matcher: "/admin/marks/:id/authorisations",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAuthoriseMarkUse)],
  },
  {
    matcher: "/admin/marks/:id/authorisations/:authorisation_id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminEndMarkAuthorisation)],
  },
  {
    matcher: "/admin/marks/:id/use",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminMarkUseParams, queryConfig)],
  },
];
