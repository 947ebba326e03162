import { z } from "@medusajs/framework/zod";
import { hasNoMarkup, INPUT_ERROR_CODES, withCode } from "../../../lib/artisan-products/input-errors";
import { vietnamDate } from "../../../modules/trace/marks/mark-use";
import { ETHNIC_GROUPS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";
import { TraceEventInputSchema } from "../../../modules/trace/schemas";
import { TRACE_KINDS } from "../../../modules/trace/vocabulary";
import {
  AdminTraceQrParams,
  AdminTraceTagsParams,
  type AdminTraceQrParamsType,
} from "../../admin/trace-records/validators";

const NO_MARKUP = {
  message: "must be plain text: remove the < > markup",
  ...withCode(INPUT_ERROR_CODES.markup),
};

/** Plain text (no tag-like markup), trimmed, 1–`max` characters. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoMarkup, NO_MARKUP);
const localized = (max: number) => z.strictObject({ vi: plainText(max), en: plainText(max).optional() });

/** A lot or serial as typed: trimmed; the GS1 character set is checked with the record (TraceRecordInputSchema). */
const code = z.string().trim().min(1, "is required").max(20, "must be at most 20 characters");

/**
 * Body of POST /artisan/trace-records: a draft for one of the artisan's own products. No GTIN (the shop
 * allocates it) and no makers: the artisan is the main maker, `co_makers` the others.
 */
export const ArtisanCreateTraceRecord = z.strictObject({
  kind: z.enum(TRACE_KINDS, "must be batch or piece"),
  product_id: z.string().trim().min(1, "choose one of your products"),
  lot: code.optional(),
  serial: code.optional(),
  batch_size: z
    .number("must be a whole number")
    .int("must be a whole number")
    .positive("must be at least 1")
    .max(100_000, "must be at most 100000")
    .optional(),
  co_makers: z.array(z.string().trim().min(1)).max(19, "at most 19 co-makers").default([]),
  village_handle: z.string().regex(HANDLE_PATTERN, "must be a village handle such as kon-k-tu").optional(),
  ethnic_group: z.enum(ETHNIC_GROUPS).optional(),
  materials: z
    .array(z.strictObject({ name: localized(120), origin: localized(300) }))
    .min(1, "at least one material")
    .max(20, "at most 20 materials"),
});
export type ArtisanCreateTraceRecordType = z.infer<typeof ArtisanCreateTraceRecord>;

/**
 * Body of POST /artisan/trace-records/:id/events: the admin's event fields, in plain text, on a day that
 * has come (Vietnam time): a step is recorded once it happened.
 */
export const ArtisanAppendTraceEvent = TraceEventInputSchema.superRefine((event, context) => {
  for (const name of ["place", "description"] as const) {
    const texts = [event[name].vi, event[name].en];
    if (!texts.every(hasNoMarkup)) {
      context.addIssue({ code: "custom", path: [name], ...NO_MARKUP });
    }
  }
  if (event.occurred_on > vietnamDate(new Date())) {
    context.addIssue({ code: "custom", path: ["occurred_on"], message: "must not be a day still to come" });
  }
});
export type ArtisanAppendTraceEventType = z.infer<typeof ArtisanAppendTraceEvent>;

/** Query of GET /artisan/trace-records. */
export const ArtisanTraceRecordsParams = z
  .object({
    product_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ArtisanTraceRecordsParamsType = z.infer<typeof ArtisanTraceRecordsParams>;

/** Query of GET /artisan/trace-records/:id/qr: the admin's (format svg|png, width). */
export const ArtisanTraceQrParams = AdminTraceQrParams;
export type ArtisanTraceQrParamsType = AdminTraceQrParamsType;

/** Query of GET /artisan/trace-records/:id/tags: the admin sheet's copies and language, for one record. */
export const ArtisanTraceTagsParams = AdminTraceTagsParams.omit({ ids: true });
export type ArtisanTraceTagsParamsType = z.infer<typeof ArtisanTraceTagsParams>;
