import type { MiddlewareRoute } from "@medusajs/framework/http";
import { jsonBody, validateBody, validateQuery } from "../../lib/artisan-products/http-input";
import {
  ArtisanAppendTraceEvent,
  ArtisanCreateTraceRecord,
  ArtisanTraceQrParams,
  ArtisanTraceRecordsParams,
  ArtisanTraceTagsParams,
} from "./trace-records/validators";

/**
 * Validators of the artisan's trace routes (spread into ../middlewares.ts); the `/artisan/*` guard is in
 * ./middlewares.ts. Bodies are read here, at most 1 MB, and a bad one is a 400 whose `code` names the
 * first wrong field (`invalid_lot`, `invalid_occurred_on`, `unknown_field` for a GTIN or makers, …).
 */
export const artisanTraceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan/trace-records",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanTraceRecordsParams)],
  },
  {
    matcher: "/artisan/trace-records",
    method: ["POST"],
    bodyParser: false,
    middlewares: [jsonBody(), validateBody(ArtisanCreateTraceRecord)],
  },
  {
    matcher: "/artisan/trace-records/:id/events",
    method: ["POST"],
    bodyParser: false,
    middlewares: [jsonBody(), validateBody(ArtisanAppendTraceEvent)],
  },
  {
    matcher: "/artisan/trace-records/:id/qr",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanTraceQrParams)],
  },
  {
    matcher: "/artisan/trace-records/:id/tags",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanTraceTagsParams)],
  },
];
