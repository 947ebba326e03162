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
  AdminTraceTagsParams,
  AdminUpdateTraceRecord,
} from "./admin/trace-records/validators";
import { StoreTraceRecordsParams } from "./store/trace/validators";

// Our routes read `req.validatedQuery` themselves; the query config only satisfies the validator.
const queryConfig = { defaults: ["id"], isList: false };

/** Validators of the trace routes (spread into ./middlewares.ts; the marks' are in ./mark-middlewares.ts). /admin/* already requires a user. */
export const traceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/trace",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreTraceRecordsParams, queryConfig)],
  },
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
    matcher: "/admin/trace-records/tags",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminTraceTagsParams, queryConfig)],
  },
  {
    matcher: "/admin/trace-records/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateTraceRecord)],
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
];
