import { MarkAuthorisationInputSchema, MarkInputSchema } from "../../modules/trace/schemas";
import type { MarkAuthorisationInput, MarkInput } from "../../modules/trace/schemas";
import type { MarkKind } from "../../modules/trace/vocabulary";
import type { Translate } from "../hooks/use-t";
import type { ProductArtisanRef } from "./types";
import { fieldErrors, type FieldErrors } from "./zod-issues";

type Result<T> = { data: T; errors?: undefined } | { data?: undefined; errors: FieldErrors };

/** What the new-mark form edits. */
export interface MarkFormValues {
  handle: string;
  kind: MarkKind | "";
  name_vi: string;
  name_en: string;
  owner: string;
  registration_number: string;
}

export const emptyMarkForm = (): MarkFormValues => ({
  handle: "",
  kind: "",
  name_vi: "",
  name_en: "",
  owner: "",
  registration_number: "",
});

/**
 * The body of POST /admin/marks, checked with the server's schema (MarkInputSchema), or the field
 * errors keyed like the body ("name.vi", "owner", …). An empty registration number is null (pending).
 */
export function toMarkInput(values: MarkFormValues, t: Translate): Result<MarkInput> {
  const result = MarkInputSchema.safeParse(
    {
      handle: values.handle.trim(),
      kind: values.kind || undefined,
      name: { vi: values.name_vi, en: values.name_en },
      owner: values.owner,
      registration_number: values.registration_number.trim() || null,
    },
    { reportInput: true },
  );
  if (!result.success) return { errors: fieldErrors(result.error.issues, t) };
  return { data: result.data };
}

/** What the authorise-a-member drawer edits; dates as the date inputs give them ("2026-03-14"). */
export interface AuthorisationFormValues {
  artisan: ProductArtisanRef | null;
  valid_from: string;
  valid_to: string;
}

/** Messages for the two date fields: zod's own would speak of formats or be in English. */
function dateErrors(issues: readonly { path: PropertyKey[]; code: string }[], t: Translate) {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    if (field !== "valid_from" && field !== "valid_to") continue;
    errors[field] ??=
      field === "valid_to" && issue.code === "custom"
        ? t("marks.validation.endBeforeStart")
        : t("marks.validation.date");
  }
  return errors;
}

/** The body of POST /admin/marks/:id/authorisations, or the field errors (artisan_id, valid_from, valid_to). */
export function toAuthorisationInput(
  values: AuthorisationFormValues,
  t: Translate,
): Result<MarkAuthorisationInput> {
  const result = MarkAuthorisationInputSchema.safeParse({
    artisan_id: values.artisan?.id ?? "",
    valid_from: values.valid_from,
    valid_to: values.valid_to || null,
  });
  if (result.success) return { data: result.data };
  const errors = dateErrors(result.error.issues, t);
  if (result.error.issues.some((issue) => issue.path[0] === "artisan_id")) {
    errors.artisan_id = t("marks.artisanRequired");
  }
  return { errors };
}

/** The new last day of an authorisation ended early, or the error of the date field. */
export function checkEndDay(
  day: string,
  period: { valid_from: string; valid_to: string | null },
  t: Translate,
): { valid_to: string; error?: undefined } | { valid_to?: undefined; error: string } {
  const parsed = MarkAuthorisationInputSchema.safeParse({
    artisan_id: "-",
    valid_from: period.valid_from,
    valid_to: day,
  });
  if (!parsed.success)
    return { error: dateErrors(parsed.error.issues, t).valid_to ?? t("marks.validation.date") };
  if (period.valid_to !== null && day > period.valid_to)
    return { error: t("marks.validation.endAfterPeriod") };
  return { valid_to: day };
}
