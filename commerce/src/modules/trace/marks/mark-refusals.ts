import { markUse, type MarkForUse } from "./mark-use";

/** `code` of the 400 that refuses a product's marks; the body lists the refusals. */
export const MARK_NOT_ALLOWED = "mark_not_allowed";

/**
 * Why a product may not show a mark: the registry's answer (mark-use.ts), or `no_maker` when the
 * product has no artisan (nobody to authorise).
 */
export type MarkRefusalReason = "unknown_mark" | "not_member" | "not_yet_valid" | "expired" | "no_maker";

/** One refused mark, by handle, with its reason and the date that explains it. */
export type MarkRefusal =
  | { handle: string; reason: "unknown_mark" | "not_member" | "no_maker" }
  /** `valid_from`: the first day of the artisan's next authorisation. */
  | { handle: string; reason: "not_yet_valid"; valid_from: string }
  /** `valid_to`: the last day of the artisan's latest authorisation. */
  | { handle: string; reason: "expired"; valid_to: string };

/** The body of the 400: `{ type, code: "mark_not_allowed", message, refusals }`. */
export interface MarkRefusalBody {
  type: "invalid_data";
  code: typeof MARK_NOT_ALLOWED;
  message: string;
  refusals: MarkRefusal[];
}

/**
 * The marks (handles, in order, each once) that a product of `artisanId` may not show on `date`, with
 * the reason. A mark unknown to the registry is `unknown_mark` even without a maker.
 */
export function markRefusals(
  handles: readonly string[],
  registry: readonly MarkForUse[],
  artisanId: string | null,
  date: Date | string,
): MarkRefusal[] {
  const refusals: MarkRefusal[] = [];
  for (const handle of new Set(handles)) {
    const mark = registry.find((entry) => entry.handle === handle);
    if (mark && !artisanId) {
      refusals.push({ handle, reason: "no_maker" });
      continue;
    }
    const use = markUse(mark, artisanId ?? "", date);
    if (use.allowed) continue;
    const { allowed: _allowed, ...refusal } = use;
    refusals.push({ handle, ...refusal });
  }
  return refusals;
}

/** An English sentence for logs and API clients that do not read `refusals`. */
export function describeRefusal(refusal: MarkRefusal): string {
  switch (refusal.reason) {
    case "unknown_mark":
      return `mark "${refusal.handle}" is not in the registry (unknown_mark): add it under /admin/marks first`;
    case "not_member":
      return `the maker is not a member authorised to use mark "${refusal.handle}" (not_member): ask its owner to authorise them`;
    case "no_maker":
      return `the product has no artisan, so nobody is authorised to use mark "${refusal.handle}" (no_maker): set the maker first`;
    case "not_yet_valid":
      return `the maker's right to mark "${refusal.handle}" starts on ${refusal.valid_from} (not_yet_valid)`;
    case "expired":
      return `the maker's right to mark "${refusal.handle}" ended on ${refusal.valid_to} (expired): renew the authorisation`;
  }
}

const REASONS: readonly string[] = ["unknown_mark", "not_member", "not_yet_valid", "expired", "no_maker"];

function isRefusal(value: unknown): value is MarkRefusal {
  if (!value || typeof value !== "object") return false;
  const { handle, reason } = value as Record<string, unknown>;
  return typeof handle === "string" && typeof reason === "string" && REASONS.includes(reason);
}

/**
 * The refusals of a mark_not_allowed error or response body (an error that went through a workflow
 * is a plain object), or undefined for anything else.
 */
export function markRefusalsOf(value: unknown): MarkRefusal[] | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { code, refusals } = value as Record<string, unknown>;
  if (code !== MARK_NOT_ALLOWED || !Array.isArray(refusals) || !refusals.every(isRefusal)) return undefined;
  return refusals;
}
