import { TraceEventInputSchema, type TraceEventInput } from "../../modules/trace/schemas";
import type { TraceEventType } from "../../modules/trace/vocabulary";
import type { Translate } from "../hooks/use-t";
import { todayInVietnam } from "./calendar-day";
import { fieldErrors, type FieldErrors } from "./zod-issues";

/** What the "add a step" form edits. */
export interface TraceEventFormValues {
  type: TraceEventType | "";
  /** "YYYY-MM-DD" from the date input. */
  occurred_on: string;
  place_vi: string;
  place_en: string;
  description_vi: string;
  description_en: string;
}

export const emptyTraceEventForm = (place = { vi: "", en: "" }): TraceEventFormValues => ({
  type: "",
  occurred_on: todayInVietnam(),
  place_vi: place.vi,
  place_en: place.en,
  description_vi: "",
  description_en: "",
});

const localized = (vi: string, en: string) => (en.trim() ? { vi, en } : { vi });

/** The body of POST /admin/trace-records/:id/events, checked with the server's schema, or the field errors. */
export function toTraceEventInput(
  values: TraceEventFormValues,
  t: Translate,
): { data: TraceEventInput; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const result = TraceEventInputSchema.safeParse(
    {
      type: values.type || undefined,
      occurred_on: values.occurred_on,
      place: localized(values.place_vi, values.place_en),
      description: localized(values.description_vi, values.description_en),
    },
    { reportInput: true },
  );
  if (result.success) return { data: result.data };
  const errors = fieldErrors(result.error.issues, t);
  if (errors.occurred_on) errors.occurred_on = t("trace.validation.date");
  return { errors };
}
