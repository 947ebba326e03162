import { assertCset82, Gs1Error } from "../../lib/gs1";
import type { EthnicGroup, StoredMaterial } from "../../modules/craft/vocabulary";
import {
  TraceRecordInputSchema,
  TraceRecordUpdateSchema,
  type TraceRecordInput,
  type TraceRecordUpdate,
} from "../../modules/trace/schemas";
import type { TraceKind } from "../../modules/trace/vocabulary";
import type { AdminTraceRecord } from "../../api/admin/trace-records/types";
import type { Translate } from "../hooks/use-t";
import type { MaterialRow } from "./craft-form";
import { isSample } from "./trace-status";
import { fieldErrors, type FieldErrors } from "./zod-issues";

/** A maker as the form lists them (from the artisan search or the record). */
export interface TraceMakerRef {
  id: string;
  display_name: string;
  handle: string;
  village_handle: string;
  ethnic_group?: EthnicGroup;
}

/** The product a new record is for. */
export interface TraceProductRef {
  id: string;
  title: string;
}

/** What the record form edits, as typed; `toTraceRecordInput` / `toTraceRecordUpdate` make the API body. */
export interface TraceRecordFormValues {
  product: TraceProductRef | null;
  kind: TraceKind;
  /** The lot (batch) or serial (piece). */
  key: string;
  /** An own GTIN, only for a product with a barcode already printed; "" to let the server choose. */
  gtin: string;
  makers: TraceMakerRef[];
  village_handle: string;
  ethnic_group: EthnicGroup | "";
  materials: MaterialRow[];
  batch_size: string;
  sample: boolean;
}

export const emptyTraceRecordForm = (product: TraceProductRef | null = null): TraceRecordFormValues => ({
  product,
  kind: "batch",
  key: "",
  gtin: "",
  makers: [],
  village_handle: "",
  ethnic_group: "",
  materials: [],
  batch_size: "1",
  sample: false,
});

export function materialRows(materials: StoredMaterial[]): MaterialRow[] {
  return materials.map((material) => ({
    name_vi: material.name.vi,
    name_en: material.name.en ?? "",
    origin_vi: material.origin.vi,
    origin_en: material.origin.en ?? "",
  }));
}

/** The form's values for correcting a draft. */
export function traceRecordFormValues(record: AdminTraceRecord): TraceRecordFormValues {
  return {
    product: record.product ? { id: record.product.id, title: record.product.title } : null,
    kind: record.kind,
    key: (record.kind === "batch" ? record.lot : record.serial) ?? "",
    gtin: record.gtin,
    makers: record.makers.map(
      (id) =>
        record.maker_details.find((maker) => maker.id === id) ?? {
          id,
          display_name: id,
          handle: "",
          village_handle: "",
        },
    ),
    village_handle: record.village_handle,
    ethnic_group: record.ethnic_group ?? "",
    materials: materialRows(record.materials),
    batch_size: String(record.batch_size),
    sample: isSample(record),
  };
}

/**
 * A lot or serial to suggest: the year and the first running number not taken among the product's
 * records ("2026-01" for a batch, "2026-001" for a piece).
 */
export function suggestTraceKey(kind: TraceKind, year: number, taken: readonly string[]): string {
  const used = new Set(taken);
  const width = kind === "batch" ? 2 : 3;
  for (let number = 1; ; number += 1) {
    const key = `${year}-${String(number).padStart(width, "0")}`;
    if (!used.has(key)) return key;
  }
}

const localized = (vi: string, en: string) => (en.trim() ? { vi, en } : { vi });

const rowsToMaterials = (rows: MaterialRow[]) =>
  rows.map((row) => ({
    name: localized(row.name_vi, row.name_en),
    origin: localized(row.origin_vi, row.origin_en),
  }));

/** Why a lot or serial is refused (GS1 character set 82, 1–20 characters), in the admin's language. */
function keyError(key: string, t: Translate): string | undefined {
  try {
    assertCset82(key, "batch/lot (AI 10)");
    return undefined;
  } catch (error) {
    if (!(error instanceof Gs1Error)) throw error;
    if (error.code === "attribute_empty") return t("validation.required");
    return error.code === "attribute_too_long"
      ? t("trace.validation.keyLength")
      : t("trace.validation.keyCharacters");
  }
}

/** The schema's field errors, with the trace-specific ones in the admin's words and the key under "key". */
function recordErrors(issues: Parameters<typeof fieldErrors>[0], key: string, t: Translate) {
  const errors = fieldErrors(issues, t);
  const keyProblem = keyError(key, t);
  delete errors.lot;
  delete errors.serial;
  if (keyProblem) errors.key = keyProblem;
  if (errors.gtin) errors.gtin = t("trace.validation.gtin");
  if (errors.makers) errors.makers = t("trace.validation.makers");
  if (errors.materials) errors.materials = t("trace.validation.materials");
  if (errors.product_id) errors.product_id = t("trace.validation.product");
  return errors;
}

type Parsed<T> = { data: T; errors?: undefined } | { data?: undefined; errors: FieldErrors };

const batchSize = (values: TraceRecordFormValues) =>
  values.kind === "piece" ? 1 : values.batch_size.trim() ? Number(values.batch_size) : Number.NaN;

/** The body of POST /admin/trace-records, checked with the server's schema, or the field errors. */
export function toTraceRecordInput(values: TraceRecordFormValues, t: Translate): Parsed<TraceRecordInput> {
  const key = values.key.trim();
  const result = TraceRecordInputSchema.safeParse(
    {
      kind: values.kind,
      product_id: values.product?.id ?? "",
      ...(values.gtin.trim() && { gtin: values.gtin.trim() }),
      ...(values.kind === "batch" ? { lot: key } : { serial: key }),
      makers: values.makers.map((maker) => maker.id),
      village_handle: values.village_handle.trim(),
      ethnic_group: values.ethnic_group || null,
      materials: rowsToMaterials(values.materials),
      batch_size: batchSize(values),
      metadata: values.sample ? { sample: true } : null,
    },
    { reportInput: true },
  );
  const errors = result.success ? {} : recordErrors(result.error.issues, key, t);
  if (!values.product) errors.product_id = t("trace.validation.product");
  if (!result.success || Object.keys(errors).length) return { errors };
  return { data: result.data };
}

/** The body of POST /admin/trace-records/:id (a draft's corrections), or the field errors. */
export function toTraceRecordUpdate(
  values: TraceRecordFormValues,
  record: AdminTraceRecord,
  t: Translate,
): Parsed<TraceRecordUpdate> {
  const key = values.key.trim();
  const { sample: _sample, ...otherMetadata } = record.metadata ?? {};
  const metadata = values.sample ? { ...otherMetadata, sample: true } : otherMetadata;
  const result = TraceRecordUpdateSchema.safeParse(
    {
      ...(record.kind === "batch" ? { lot: key } : { serial: key }),
      makers: values.makers.map((maker) => maker.id),
      village_handle: values.village_handle.trim(),
      ethnic_group: values.ethnic_group || null,
      materials: rowsToMaterials(values.materials),
      batch_size: batchSize({ ...values, kind: record.kind }),
      metadata: Object.keys(metadata).length ? metadata : null,
    },
    { reportInput: true },
  );
  if (!result.success) return { errors: recordErrors(result.error.issues, key, t) };
  return { data: result.data };
}
