import { fields, MARKUP } from "./form-fields.ts";
import type { PortalErrorCode } from "./api-error.ts";

/**
 * The material rows that the product form and the new-record form share
 * (components/portal/MaterialRows.astro): read from a posted form, added and removed without JavaScript,
 * and checked with the same rules as Medusa's validators.
 */
export interface MaterialRow {
  name: string;
  origin: string;
  /** English names, kept from the product (the form shows Vietnamese only). */
  nameEn: string;
  originEn: string;
}

export const EMPTY_MATERIAL: MaterialRow = { name: "", origin: "", nameEn: "", originEn: "" };

/** The material rows of a posted form (one empty row when there are none). */
export function materialRowsOfForm(form: FormData): MaterialRow[] {
  const origins = fields(form, "material_origin");
  const namesEn = fields(form, "material_name_en");
  const originsEn = fields(form, "material_origin_en");
  const rows = fields(form, "material_name").map((name, index) => ({
    name,
    origin: origins[index] ?? "",
    nameEn: namesEn[index] ?? "",
    originEn: originsEn[index] ?? "",
  }));
  return rows.length ? rows : [{ ...EMPTY_MATERIAL }];
}

/** Rows after an add or remove button (`add-material`, `remove-material:<n>`); undefined for another intent. */
export function materialRowsAfter(intent: string, rows: MaterialRow[]): MaterialRow[] | undefined {
  if (intent === "add-material") return [...rows, { ...EMPTY_MATERIAL }];
  const removed = /^remove-material:(\d+)$/.exec(intent);
  if (!removed) return undefined;
  const left = rows.filter((_, index) => index !== Number(removed[1]));
  return left.length ? left : [{ ...EMPTY_MATERIAL }];
}

/** The rows the artisan filled in (a row left empty is ignored). */
export const filledMaterialRows = (rows: MaterialRow[]): MaterialRow[] =>
  rows.filter((row) => row.name || row.origin);

/** What is wrong with the filled rows: markup, or a row without a name or an origin (or too long). */
export function materialRowsError(filled: MaterialRow[]): PortalErrorCode | undefined {
  const parts = (row: MaterialRow) => [row.name, row.origin, row.nameEn, row.originEn];
  if (filled.some((row) => parts(row).some((part) => MARKUP.test(part)))) return "markup_not_allowed";
  if (filled.some((row) => !row.name || !row.origin || row.name.length > 120 || row.origin.length > 300))
    return "material_incomplete";
  return undefined;
}
