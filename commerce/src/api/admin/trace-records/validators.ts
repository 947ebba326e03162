import { z } from "@medusajs/framework/zod";
import { TAG_SHEET_LANGUAGES } from "../../../lib/trace-tags";
import {
  TraceEventInputSchema,
  TraceRecordInputSchema,
  TraceRecordUpdateSchema,
} from "../../../modules/trace/schemas";

/** Body of POST /admin/trace-records. */
export const AdminCreateTraceRecord = TraceRecordInputSchema;
export type AdminCreateTraceRecordType = z.infer<typeof AdminCreateTraceRecord>;

/** Body of POST /admin/trace-records/:id (a draft's corrections). */
export const AdminUpdateTraceRecord = TraceRecordUpdateSchema;
export type AdminUpdateTraceRecordType = z.infer<typeof AdminUpdateTraceRecord>;

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

/** Query of GET /admin/trace-records/tags: ids=a,b (or ids repeated), copies per record, the page's language. */
export const AdminTraceTagsParams = z
  .object({
    ids: z
      .union([z.string(), z.array(z.string())])
      .transform((value) =>
        (Array.isArray(value) ? value : [value])
          .flatMap((part) => part.split(","))
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string()).min(1, "give at least one trace record id").max(200)),
    /** Tags per record; by default a batch's batch_size and a piece's 1. */
    copies: z.coerce.number().int().min(1).max(1000).optional(),
    lang: z.enum(TAG_SHEET_LANGUAGES).default("vi"),
  })
  .strict();
export type AdminTraceTagsParamsType = z.infer<typeof AdminTraceTagsParams>;
