import type { DictionaryKey } from "../../i18n/vi.ts";
import type { MarkRefusal } from "../../../commerce/src/modules/trace/marks/mark-refusals.ts";
import { TRACE_CODE_ALIASES, TRACE_ERROR_CODES } from "./trace-errors.ts";

/**
 * The error codes the portal explains in the artisan's language. Medusa's artisan routes answer
 * `{ type, message, code? }`; a code not listed here falls back on the HTTP status (`errorCodeOf`).
 */
export const PORTAL_ERROR_CODES = [
  "invalid_credentials",
  "too_many_attempts",
  "invite_invalid",
  "reset_invalid",
  "email_invalid",
  "password_required",
  "password_too_short",
  "passwords_differ",
  "title_required",
  "title_length",
  "description_too_long",
  "markup_not_allowed",
  "craft_required",
  "material_incomplete",
  "price_invalid",
  "stock_invalid",
  "dimension_invalid",
  "mark_not_allowed",
  "period_invalid",
  "photo_too_large",
  "photo_unsupported_type",
  "photo_unreadable",
  "photo_too_many_pixels",
  "photo_missing",
  "body_too_large",
  "invalid_data",
  "not_found",
  "unavailable",
  "unknown",
  ...TRACE_ERROR_CODES,
] as const;
export type PortalErrorCode = (typeof PORTAL_ERROR_CODES)[number];

export function isPortalErrorCode(value: unknown): value is PortalErrorCode {
  return (PORTAL_ERROR_CODES as readonly unknown[]).includes(value);
}

/** What a failed call told us: a code the portal knows and, for 429, the seconds to wait. */
export interface ApiFailure {
  ok: false;
  status: number;
  code: PortalErrorCode;
  message: string;
  retryAfterSeconds?: number;
  /** With `mark_not_allowed`: each refused mark and its reason (the portal words them). */
  refusals?: MarkRefusal[];
}

/** Codes of the artisan routes' input errors (`invalid_<field>`, …) that the portal words its own way. */
const CODE_ALIASES: Record<string, PortalErrorCode> = {
  invalid_title: "title_length",
  invalid_description: "description_too_long",
  invalid_craft: "craft_required",
  unknown_craft: "craft_required",
  invalid_materials: "material_incomplete",
  invalid_price_vnd: "price_invalid",
  invalid_stock: "stock_invalid",
  invalid_dimensions: "dimension_invalid",
  invalid_period: "period_invalid",
  invalid_from: "period_invalid",
  invalid_to: "period_invalid",
  invalid_password: "password_too_short",
  ...TRACE_CODE_ALIASES,
};

/** The portal's code for a Medusa error: its `code` when the portal knows it, else from the status. */
export function errorCodeOf(status: number, body: unknown): PortalErrorCode {
  const code = body && typeof body === "object" && "code" in body ? body.code : undefined;
  if (isPortalErrorCode(code)) return code;
  if (typeof code === "string" && CODE_ALIASES[code]) return CODE_ALIASES[code];
  if (status === 0 || status >= 500) return "unavailable";
  if (status === 429) return "too_many_attempts";
  if (status === 413) return "body_too_large";
  if (status === 415) return "photo_unsupported_type";
  if (status === 404) return "not_found";
  if (status === 400) return "invalid_data";
  return "unknown";
}

/** The dictionary key of an error code's message. */
export function errorKey(code: PortalErrorCode): DictionaryKey {
  return `portal.error.${code}`;
}

/** Whole minutes to wait from a `Retry-After` header (seconds or an HTTP date); at least 1. */
export function retryAfterSeconds(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

export function minutesToWait(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

/** A dictionary message with `{name}` placeholders filled. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
