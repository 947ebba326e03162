import { gs1CheckDigit } from "./check-digit";
import { Gs1Error } from "./gs1-error";

/**
 * GS1 Company Prefix of the sample data. GS1 prefix 952 is the one GS1 issues for demonstrations and
 * examples of GS1 identification keys, so these GTINs can never collide with a real product's. Real
 * tags need the workshop's or cooperative's own prefix from GS1 Vietnam (GS1_COMPANY_PREFIX).
 */
export const DEMO_COMPANY_PREFIX = "9521234";

/** Environment variable holding the GS1 Company Prefix for new GTINs. */
export const COMPANY_PREFIX_ENV = "GS1_COMPANY_PREFIX";

/**
 * Checks a GS1 Company Prefix that GTIN-13s are built from (6 to 11 digits; a 12-digit "one-off" number
 * from GS1 is already a whole GTIN without its check digit) and returns it.
 */
export function assertCompanyPrefix(prefix: string): string {
  if (!/^\d{6,11}$/.test(prefix)) {
    throw new Gs1Error(
      "company_prefix",
      `GS1 Company Prefix "${prefix}" must be 6 to 11 digits, as assigned by GS1 Vietnam (e.g. ${DEMO_COMPANY_PREFIX} for demos)`,
    );
  }
  return prefix;
}

/**
 * The company prefix from the environment (GS1_COMPANY_PREFIX), or the demo prefix when it is unset;
 * `isDemo` tells callers to label what they make as sample data.
 */
export function companyPrefixFromEnv(env: Record<string, string | undefined> = process.env): {
  prefix: string;
  isDemo: boolean;
} {
  const raw = env[COMPANY_PREFIX_ENV]?.trim();
  if (!raw) return { prefix: DEMO_COMPANY_PREFIX, isDemo: true };
  try {
    return { prefix: assertCompanyPrefix(raw), isDemo: raw.startsWith("952") };
  } catch (error) {
    if (error instanceof Gs1Error) {
      throw new Gs1Error("company_prefix", `${COMPANY_PREFIX_ENV}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * A GTIN-13 from a company prefix and an item reference: the reference fills the 12 digits left after the
 * prefix (left-padded with zeros), then the check digit follows. `buildGtin13("9521234", 42)` is
 * "9521234000428".
 */
export function buildGtin13(companyPrefix: string, itemReference: number | string): string {
  const prefix = assertCompanyPrefix(companyPrefix);
  const width = 12 - prefix.length;
  const reference = String(itemReference);
  if (!/^\d+$/.test(reference) || reference.length > width) {
    const largest = "9".repeat(width);
    throw new Gs1Error(
      "item_reference",
      `item reference "${reference}" must be a whole number from 0 to ${largest} with prefix ${prefix} (${width} digits left)`,
    );
  }
  const body = prefix + reference.padStart(width, "0");
  return body + String(gs1CheckDigit(body));
}
