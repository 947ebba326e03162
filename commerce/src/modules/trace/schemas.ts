import { z } from "@medusajs/framework/zod";
import { assertCset82, assertGtin, Gs1Error, toGtin14 } from "../../lib/gs1";
import { ETHNIC_GROUPS, HANDLE_PATTERN } from "../craft/vocabulary";
import { CALENDAR_DATE_PATTERN, MARK_KINDS, TRACE_EVENT_TYPES, TRACE_KINDS } from "./vocabulary";

/** Trimmed text in Unicode NFC (what the hashes cover is what was typed, in one normal form). */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value.normalize("NFC"));

/** Vietnamese required, English optional (an empty English text is left out). */
const localized = (max: number) =>
  z
    .object({
      vi: text(max).pipe(z.string().min(1, "Vietnamese text is required")),
      en: text(max).optional(),
    })
    .transform(({ vi, en }) => (en ? { vi, en } : { vi }));

const handle = z
  .string()
  .regex(HANDLE_PATTERN, "must be lowercase letters, digits and hyphens, e.g. kon-k-tu")
  .max(80);

/** A real calendar day "YYYY-MM-DD". */
export const CalendarDateSchema = z
  .string()
  .regex(CALENDAR_DATE_PATTERN, "must be a date such as 2026-03-14")
  .refine((day) => {
    // Runs after a failed pattern too ("14/03/2026"), where the Date is invalid: no toISOString then.
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, "is not a day of the calendar");

/** A Gs1Error becomes a validation issue with its message. */
function gs1Field<T>(check: (value: string) => T) {
  return (value: string, context: z.RefinementCtx): T | typeof z.NEVER => {
    try {
      return check(value);
    } catch (error) {
      if (!(error instanceof Gs1Error)) throw error;
      context.addIssue({ code: "custom", message: error.message });
      return z.NEVER;
    }
  };
}

const gtin = z
  .string()
  .trim()
  .transform(gs1Field((value) => toGtin14(assertGtin(value))));
const lot = z.string().transform(gs1Field((value) => assertCset82(value, "batch/lot (AI 10)")));
const serial = z.string().transform(gs1Field((value) => assertCset82(value, "serial number (AI 21)")));

/** A material and where it comes from, e.g. cotton grown in the village, indigo from home gardens. */
export const TraceMaterialSchema = z.object({ name: localized(120), origin: localized(300) });

/** Artisan ids (art_…), main maker first. */
const makers = z.array(z.string().min(1)).min(1, "at least one maker").max(20);
const materials = z.array(TraceMaterialSchema).min(1, "at least one material").max(20);
const batchSize = z.number().int().positive("must be a positive whole number").max(100_000);
const metadata = z.record(z.string(), z.unknown()).nullable();

/** The fields of a trace record, as the admin API, the portal and the seed give them. */
export const TraceRecordInputSchema = z
  .strictObject({
    kind: z.enum(TRACE_KINDS),
    product_id: z.string().min(1),
    /**
     * GTIN-8/12/13/14 with a valid check digit; stored with 14 digits. Left out, the workflow reuses the
     * product's GTIN or allocates the next one under GS1_COMPANY_PREFIX.
     */
    gtin: gtin.optional(),
    lot: lot.nullish(),
    serial: serial.nullish(),
    makers,
    village_handle: handle,
    ethnic_group: z.enum(ETHNIC_GROUPS).nullable().default(null),
    materials,
    batch_size: batchSize.default(1),
    metadata: metadata.default(null),
  })
  .superRefine((record, context) => {
    if (record.kind === "batch" && (!record.lot || record.serial)) {
      context.addIssue({
        code: "custom",
        path: ["lot"],
        message: "a batch has a batch/lot number (lot) and no serial",
      });
    }
    if (record.kind === "piece" && (!record.serial || record.lot)) {
      context.addIssue({
        code: "custom",
        path: ["serial"],
        message: "a piece has a serial number and no lot",
      });
    }
    if (record.kind === "piece" && record.batch_size !== 1) {
      context.addIssue({ code: "custom", path: ["batch_size"], message: "a single piece has batch_size 1" });
    }
  })
  .transform((record) => ({ ...record, lot: record.lot ?? null, serial: record.serial ?? null }));
export type TraceRecordInput = z.infer<typeof TraceRecordInputSchema>;
/** A record's fields once its GTIN is settled (given, the product's own, or newly allocated). */
export type TraceRecordDraft = TraceRecordInput & { gtin: string };

/**
 * Corrections to a draft record (admin API, portal): any of these fields. The product, the kind and the
 * GTIN stay; whether a lot or a serial fits the record is checked against its kind by the workflow
 * (update-trace-record). Published records cannot be changed: a correction is then a new event.
 */
export const TraceRecordUpdateSchema = z
  .strictObject({
    lot: lot.optional(),
    serial: serial.optional(),
    makers: makers.optional(),
    village_handle: handle.optional(),
    ethnic_group: z.enum(ETHNIC_GROUPS).nullable().optional(),
    materials: materials.optional(),
    batch_size: batchSize.optional(),
    metadata: metadata.optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), "nothing to change")
  .refine((update) => update.lot === undefined || update.serial === undefined, {
    path: ["serial"],
    message: "a record has a batch/lot number or a serial number, not both",
  });
export type TraceRecordUpdate = z.infer<typeof TraceRecordUpdateSchema>;

/** One production step or check, as the admin API, the portal and the seed give it. */
export const TraceEventInputSchema = z.strictObject({
  type: z.enum(TRACE_EVENT_TYPES),
  occurred_on: CalendarDateSchema,
  place: localized(200),
  description: localized(2000),
});
export type TraceEventInput = z.infer<typeof TraceEventInputSchema>;

/** A mark of the registry. */
export const MarkInputSchema = z.strictObject({
  handle,
  kind: z.enum(MARK_KINDS),
  name: localized(200),
  owner: text(200).pipe(z.string().min(1, "the owner is required")),
  registration_number: text(60).nullable().default(null),
  metadata: z.record(z.string(), z.unknown()).nullable().default(null),
});
export type MarkInput = z.infer<typeof MarkInputSchema>;

/** An artisan's authorisation to use a mark, valid_to inclusive (null: open-ended). */
export const MarkAuthorisationInputSchema = z
  .strictObject({
    artisan_id: z.string().min(1),
    valid_from: CalendarDateSchema,
    valid_to: CalendarDateSchema.nullable().default(null),
  })
  .refine((period) => period.valid_to === null || period.valid_to >= period.valid_from, {
    path: ["valid_to"],
    message: "must not be before valid_from",
  });
export type MarkAuthorisationInput = z.infer<typeof MarkAuthorisationInputSchema>;
