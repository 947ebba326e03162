import { MedusaError } from "@medusajs/framework/utils";
import type { z } from "@medusajs/framework/zod";

/**
 * Stable codes of the artisan routes' input errors (`{ type, message, code }`): the portal shows its
 * own bilingual message for each. `invalid_<field>` names the first field that is wrong, e.g.
 * `invalid_price_vnd`, `invalid_title`, `invalid_stock`, `invalid_dimensions`, `invalid_reason`.
 */
export const INPUT_ERROR_CODES = {
  markup: "markup_not_allowed",
  statusField: "status_not_allowed",
  unknownField: "unknown_field",
  unknownCraft: "unknown_craft",
  bodyTooLarge: "body_too_large",
  invalidJson: "invalid_json",
  invalidPeriod: "invalid_period",
} as const;

/** Marks a zod refinement so that its failure carries this code. */
export const withCode = (code: string) => ({ params: { code } });

/** A tag-like piece of markup: `<b`, `</`, `<!--`, `< script`. */
export const MARKUP_PATTERN = /<\s*[a-z!/]/i;
export const hasNoMarkup = (text: string | undefined | null) => !text || !MARKUP_PATTERN.test(text);

function codeOf(issue: z.core.$ZodIssue): string {
  const custom = issue.code === "custom" ? issue.params?.code : undefined;
  if (typeof custom === "string") return custom;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.includes("status") ? INPUT_ERROR_CODES.statusField : INPUT_ERROR_CODES.unknownField;
  }
  const field = issue.path.find((segment) => typeof segment === "string");
  if (field === "craft" && issue.code === "invalid_value") return INPUT_ERROR_CODES.unknownCraft;
  return field ? `invalid_${field}` : "invalid_data";
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys" && issue.keys.includes("status")) {
    return "status cannot be set by an artisan: curators publish or reject products";
  }
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A 400 with the code of the first issue and every issue in the message. */
export function invalidInput(error: z.ZodError): MedusaError {
  const [first] = error.issues;
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    error.issues.map(describe).join("; "),
    first ? codeOf(first) : "invalid_data",
  );
}
