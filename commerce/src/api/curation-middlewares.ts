import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http";
import { AdminCurationHistoryParams, AdminUpdateHomeCuration } from "./admin/curation/validators";

/** Validators of the curation routes (spread into ./middlewares.ts). /admin/* already requires a user. */
export const curationMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/curation/home",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateHomeCuration)],
  },
  {
    matcher: "/admin/curation/history",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminCurationHistoryParams, { defaults: ["id"], isList: false })],
  },
];
