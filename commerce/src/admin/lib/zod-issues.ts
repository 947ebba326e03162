import type { Translate } from "../hooks/use-t";

/** The parts of a zod issue this module reads (zod 4, as @medusajs/framework/zod provides). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  format?: string;
  expected?: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

export type FieldErrors = Record<string, string>;

/**
 * Field errors keyed by the issue path ("materials.0.name.vi"), in the dashboard's language. Parse
 * with `{ reportInput: true }` so that an empty text reads "required" rather than "wrong format".
 */
export function fieldErrors(issues: readonly Issue[], t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    errors[key] ??= issueMessage(issue, t);
  }
  return errors;
}

function issueMessage(issue: Issue, t: Translate): string {
  const limit = (value: unknown) => ({ max: typeof value === "number" ? value : String(value) });
  if (typeof issue.input === "string" && !issue.input.trim() && issue.code !== "too_big") {
    return t("validation.required");
  }
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array") {
        return issue.path[0] === "crafts" ? t("validation.atLeastOneCraft") : t("validation.required");
      }
      return issue.origin === "string" ? t("validation.required") : t("validation.positiveInt");
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", limit(issue.maximum));
      if (issue.origin === "array") return t("validation.tooMany", limit(issue.maximum));
      return t("validation.maxNumber", limit(issue.maximum));
    case "invalid_format":
      return issue.format === "url" ? t("validation.url") : t("validation.handle");
    case "invalid_value":
    case "invalid_union":
      return t("validation.choose");
    case "invalid_type":
      if (issue.expected === "number" || issue.expected === "int") return t("validation.positiveInt");
      return issue.input === undefined || issue.input === null
        ? t("validation.required")
        : t("validation.invalid");
    default:
      return issue.message || t("validation.invalid");
  }
}
