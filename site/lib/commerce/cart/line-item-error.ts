import { CommerceError } from "../errors.ts";

/** Why a line could not be added or changed, as the cart page says it in words. */
export const LINE_ITEM_ERRORS = ["out-of-stock", "unknown-variant", "bad-quantity", "rejected"] as const;
export type LineItemError = (typeof LINE_ITEM_ERRORS)[number];

export function isLineItemError(value: string | null | undefined): value is LineItemError {
  return (LINE_ITEM_ERRORS as readonly (string | null | undefined)[]).includes(value);
}

/**
 * Medusa's refusal of a line, by its message (the SDK keeps the status and message, not the code):
 * "Some variant does not have the required inventory", "Variants x do not exist or belong to a
 * product that is not published".
 */
export function lineItemErrorOf(message: string, status: number | undefined): LineItemError {
  if (/inventory|stock/i.test(message)) return "out-of-stock";
  if (status === 404 || /do(es)? not exist|not published/i.test(message)) return "unknown-variant";
  if (/quantity/i.test(message)) return "bad-quantity";
  return "rejected";
}

/** The same for a CommerceError of the server SDK; undefined for anything else (Medusa down, bugs). */
export function classifyLineItemError(error: unknown): LineItemError | undefined {
  if (!(error instanceof CommerceError) || error.kind === "unavailable") return undefined;
  return lineItemErrorOf(error.message, error.status);
}
