import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http";
import {
  AdminAppendTraceEvent,
  AdminCreateTraceRecord,
  AdminTraceQrParams,
  AdminTraceRecordsParams,
} from "./admin/trace-records/validators";
import { AdminAuthoriseMarkUse, AdminCreateMark, AdminMarkUseParams } from "./admin/marks/validators";

// Our routes read `req.validatedQuery` themselves; the query config only satisfies the validator.
const queryConfig = { defaults: ["id"], isList: false };

/** Validators of the trace and mark routes (spread into ./middlewares.ts). /admin/* already requires a user. */
export const traceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/trace-records",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminTraceRecordsParams, queryConfig)],
  },
  {
    matcher: "/admin/trace-records",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateTraceRecord)],
  },
  {
    matcher: "/admin/trace-records/:id/events",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAppendTraceEvent)],
  },
  {
    matcher: "/admin/trace-records/:id/qr",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminTraceQrParams, queryConfig)],
  },
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
    matcher: "/admin/marks/:id/use",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminMarkUseParams, queryConfig)],
  },
];
