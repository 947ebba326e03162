import { z } from "@medusajs/framework/zod";
import { TraceEventInputSchema, TraceRecordInputSchema } from "../../../modules/trace/schemas";

/** Body of POST /admin/trace-records. */
export const AdminCreateTraceRecord = TraceRecordInputSchema;
export type AdminCreateTraceRecordType = z.infer<typeof AdminCreateTraceRecord>;

/** Body of POST /admin/trace-records/:id/events. */
export const AdminAppendTraceEvent = TraceEventInputSchema;
export type AdminAppendTraceEventType = z.infer<typeof AdminAppendTraceEvent>;

/** Query of GET /admin/trace-records. */
export const AdminTraceRecordsParams = z
  .object({
    product_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AdminTraceRecordsParamsType = z.infer<typeof AdminTraceRecordsParams>;

/** Query of GET /admin/trace-records/:id/qr. */
export const AdminTraceQrParams = z
  .object({
    format: z.enum(["svg", "png"]).default("svg"),
    width: z.coerce.number().int().min(64).max(2048).default(512),
  })
  .strict();
export type AdminTraceQrParamsType = z.infer<typeof AdminTraceQrParams>;
