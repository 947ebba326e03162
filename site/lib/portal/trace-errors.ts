/**
 * Error codes of the portal's trace pages (records of origin), merged into the portal's list in
 * ./api-error.ts; their messages are `portal.error.<code>` in `i18n/areas/portal-trace.ts`.
 */
export const TRACE_ERROR_CODES = [
  "trace_product_required",
  "trace_kind_required",
  "trace_code_invalid",
  "trace_code_taken",
  "trace_batch_size_invalid",
  "trace_materials_required",
  "trace_co_maker_invalid",
  "trace_step_type_required",
  "trace_date_invalid",
  "trace_place_required",
  "trace_description_required",
  "trace_no_steps",
  "trace_publish_refused",
  "trace_busy",
  "trace_not_found",
  "trace_not_published",
] as const;
export type TraceErrorCode = (typeof TRACE_ERROR_CODES)[number];

/** Codes of the artisan trace routes' input errors (`invalid_<field>`) as the portal words them. */
export const TRACE_CODE_ALIASES: Record<string, TraceErrorCode> = {
  invalid_kind: "trace_kind_required",
  invalid_product_id: "trace_product_required",
  invalid_lot: "trace_code_invalid",
  invalid_serial: "trace_code_invalid",
  invalid_batch_size: "trace_batch_size_invalid",
  invalid_co_makers: "trace_co_maker_invalid",
  invalid_type: "trace_step_type_required",
  invalid_occurred_on: "trace_date_invalid",
  invalid_place: "trace_place_required",
};
