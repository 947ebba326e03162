/** A value canonical JSON can hold: no undefined inside arrays, no Dates, no non-finite numbers. */
export type CanonicalValue =
  string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue | undefined };

/**
 * JSON with object keys sorted (by UTF-16 code units, as JavaScript sorts), no whitespace, and keys whose
 * value is undefined left out: the same data always gives the same text, whatever order it was built in.
 * Strings are written as JSON.stringify writes them (no Unicode normalisation: the hash covers exactly
 * what is stored; inputs are NFC-normalised before they are stored).
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  if (typeof value === "object") {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as CanonicalValue)}`).join(",")}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}
