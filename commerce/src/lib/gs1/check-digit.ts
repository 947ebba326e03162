import { Gs1Error } from "./gs1-error";

/** Lengths of the GTIN family: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;
export type GtinLength = (typeof GTIN_LENGTHS)[number];

/**
 * The GS1 mod-10 check digit of `digits` (every digit but the last of a GTIN): from the right, weights
 * 3, 1, 3, 1, …; the check digit brings the weighted sum up to the next multiple of ten.
 */
export function gs1CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) {
    throw new Gs1Error("gtin_not_digits", `"${digits}" must contain digits only`);
  }
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks a GTIN-8, -12, -13 or -14 (digits only, check digit last) and returns it unchanged; throws a
 * Gs1Error saying what is wrong otherwise.
 */
export function assertGtin(gtin: string): string {
  if (!/^\d+$/.test(gtin)) {
    throw new Gs1Error("gtin_not_digits", `GTIN "${gtin}" must contain digits only (no spaces or dashes)`);
  }
  if (!(GTIN_LENGTHS as readonly number[]).includes(gtin.length)) {
    throw new Gs1Error(
      "gtin_length",
      `GTIN "${gtin}" has ${gtin.length} digits; a GTIN has 8, 12, 13 or 14 digits`,
    );
  }
  const expected = gs1CheckDigit(gtin.slice(0, -1));
  if (Number(gtin[gtin.length - 1]) !== expected) {
    throw new Gs1Error(
      "gtin_check_digit",
      `GTIN "${gtin}" ends in ${gtin[gtin.length - 1]} but its check digit is ${expected}: check the number for a typo`,
    );
  }
  return gtin;
}

/** True when `gtin` is a well-formed GTIN-8/12/13/14 with the right check digit. */
export function isValidGtin(gtin: string): boolean {
  try {
    assertGtin(gtin);
    return true;
  } catch (error) {
    if (error instanceof Gs1Error) return false;
    throw error;
  }
}

/** A valid GTIN of any length as 14 digits (left-padded with zeros), the form Digital Link URIs use. */
export function toGtin14(gtin: string): string {
  return assertGtin(gtin).padStart(14, "0");
}
