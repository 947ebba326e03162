import { assertCset82, Gs1Error } from "../../../commerce/src/lib/gs1/index.ts";
import { CALENDAR_DATE_PATTERN, TRACE_EVENT_TYPES } from "../../../commerce/src/modules/trace/vocabulary.ts";
import type { PortalErrorCode } from "./api-error.ts";
import { field as one, fields as all, MARKUP } from "./form-fields.ts";
import {
  EMPTY_MATERIAL,
  filledMaterialRows,
  materialRowsError,
  materialRowsOfForm,
  type MaterialRow,
} from "./material-rows.ts";
import { withEn } from "./product-form.ts";

/**
 * The portal's two trace forms, as pure functions: a new record of origin (which product, a batch "lô"
 * or a single piece "chiếc", its number, materials, co-makers) and a production step. Values are kept
 * as typed, checked with the rules of `/artisan/trace-records`, and turned into the routes' bodies.
 */
export type TraceKindChoice = "batch" | "piece";

export interface TraceRecordFormValues {
  productId: string;
  kind: TraceKindChoice | "";
  /** The lot number of a batch or the serial number of a piece. */
  code: string;
  batchSize: string;
  materials: MaterialRow[];
  coMakers: string[];
}
export type TraceRecordField = "productId" | "kind" | "code" | "batchSize" | "materials" | "coMakers";
export type TraceRecordFormErrors = Partial<Record<TraceRecordField, PortalErrorCode>>;

export interface TraceRecordBody {
  kind: TraceKindChoice;
  product_id: string;
  lot?: string;
  serial?: string;
  batch_size?: number;
  co_makers: string[];
  materials: { name: { vi: string; en?: string }; origin: { vi: string; en?: string } }[];
}

export interface TraceStepFormValues {
  type: string;
  occurredOn: string;
  place: string;
  description: string;
}
export type TraceStepField = "type" | "occurredOn" | "place" | "description";
export type TraceStepFormErrors = Partial<Record<TraceStepField, PortalErrorCode>>;

export interface TraceStepBody {
  type: string;
  occurred_on: string;
  place: { vi: string };
  description: { vi: string };
}

/** Letters and digits that cannot be mistaken for one another on a printed tag (no I, O, 0, 1). */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random suffix of `length` characters for a suggested number. */
export function randomSuffix(length = 3): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");
}

/**
 * The number the form suggests for a batch or a piece: "KT", the day as YYMMDD and a short random suffix,
 * e.g. `KT260314-K7P`. GS1's character set, 12 characters: the artisan may keep or change it.
 */
export function suggestTraceCode(today: string, suffix: string): string {
  return `KT${today.slice(2).replaceAll("-", "")}-${suffix}`;
}

export function emptyTraceRecordForm(
  code: string,
  productId = "",
  materials: MaterialRow[] = [],
): TraceRecordFormValues {
  return {
    productId,
    kind: "batch",
    code,
    batchSize: "1",
    materials: materials.length ? materials : [{ ...EMPTY_MATERIAL }],
    coMakers: [],
  };
}

export function traceRecordValuesOfForm(form: FormData): TraceRecordFormValues {
  const kind = one(form, "kind");
  return {
    productId: one(form, "product_id"),
    kind: kind === "batch" || kind === "piece" ? kind : "",
    code: one(form, "code"),
    batchSize: one(form, "batch_size"),
    materials: materialRowsOfForm(form),
    coMakers: all(form, "co_makers").filter(Boolean),
  };
}

function isTraceCode(code: string): boolean {
  try {
    assertCset82(code, "batch/lot (AI 10)");
    return true;
  } catch (error) {
    if (error instanceof Gs1Error) return false;
    throw error;
  }
}

/** Checks the new-record form against the artisan's products and village; the body when all is right. */
export function checkTraceRecordForm(
  values: TraceRecordFormValues,
  choices: { productIds: string[]; coMakerIds: string[] },
): { body?: TraceRecordBody; errors: TraceRecordFormErrors } {
  const errors: TraceRecordFormErrors = {};
  if (!choices.productIds.includes(values.productId)) errors.productId = "trace_product_required";
  if (!values.kind) errors.kind = "trace_kind_required";
  if (!isTraceCode(values.code)) errors.code = "trace_code_invalid";
  const batchSize = /^\d{1,6}$/.test(values.batchSize) ? Number(values.batchSize) : undefined;
  if (values.kind === "batch" && (!batchSize || batchSize > 100_000))
    errors.batchSize = "trace_batch_size_invalid";
  const rows = filledMaterialRows(values.materials);
  const materialsError = materialRowsError(rows) ?? (rows.length ? undefined : "trace_materials_required");
  if (materialsError) errors.materials = materialsError;
  if (values.coMakers.some((id) => !choices.coMakerIds.includes(id)))
    errors.coMakers = "trace_co_maker_invalid";
  if (Object.keys(errors).length || !values.kind) return { errors };
  const key = values.kind === "batch" ? { lot: values.code, batch_size: batchSize } : { serial: values.code };
  return {
    errors,
    body: {
      kind: values.kind,
      product_id: values.productId,
      ...key,
      co_makers: [...new Set(values.coMakers)],
      materials: rows.map((row) => ({
        name: withEn(row.name, row.nameEn),
        origin: withEn(row.origin, row.originEn),
      })),
    },
  };
}

/** The field an API error of the new-record form belongs to (409: the number is taken). */
export function traceRecordFieldOfCode(code: PortalErrorCode): TraceRecordField | undefined {
  const fields: Partial<Record<PortalErrorCode, TraceRecordField>> = {
    trace_product_required: "productId",
    not_found: "productId",
    trace_kind_required: "kind",
    trace_code_invalid: "code",
    trace_code_taken: "code",
    trace_batch_size_invalid: "batchSize",
    material_incomplete: "materials",
    trace_materials_required: "materials",
    markup_not_allowed: "materials",
    trace_co_maker_invalid: "coMakers",
  };
  return fields[code];
}

export function emptyTraceStepForm(today: string, place: string): TraceStepFormValues {
  return { type: "", occurredOn: today, place, description: "" };
}

export function traceStepValuesOfForm(form: FormData): TraceStepFormValues {
  return {
    type: one(form, "type"),
    occurredOn: one(form, "occurred_on"),
    place: one(form, "place"),
    description: one(form, "description"),
  };
}

/** A real calendar day "YYYY-MM-DD" that is not after `today`. */
function isPastDay(day: string, today: string): boolean {
  if (!CALENDAR_DATE_PATTERN.test(day)) return false;
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) && day <= today;
}

/** Checks the add-a-step form (`today` in Vietnam); the body of `POST …/events` when all is right. */
export function checkTraceStepForm(
  values: TraceStepFormValues,
  today: string,
): { body?: TraceStepBody; errors: TraceStepFormErrors } {
  const errors: TraceStepFormErrors = {};
  if (!(TRACE_EVENT_TYPES as readonly string[]).includes(values.type))
    errors.type = "trace_step_type_required";
  if (!isPastDay(values.occurredOn, today)) errors.occurredOn = "trace_date_invalid";
  if (!values.place || values.place.length > 200) errors.place = "trace_place_required";
  else if (MARKUP.test(values.place)) errors.place = "markup_not_allowed";
  if (!values.description || values.description.length > 2000)
    errors.description = "trace_description_required";
  else if (MARKUP.test(values.description)) errors.description = "markup_not_allowed";
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    body: {
      type: values.type,
      occurred_on: values.occurredOn,
      place: { vi: values.place },
      description: { vi: values.description },
    },
  };
}

/** The field an API error of the step form belongs to (the routes' `invalid_description` included). */
export function traceStepFieldOfCode(code: PortalErrorCode): TraceStepField | undefined {
  const fields: Partial<Record<PortalErrorCode, TraceStepField>> = {
    trace_step_type_required: "type",
    trace_date_invalid: "occurredOn",
    trace_place_required: "place",
    trace_description_required: "description",
    description_too_long: "description",
  };
  return fields[code];
}
