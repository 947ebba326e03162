import { Gs1Error } from "./gs1-error";

/**
 * GS1 AI encodable character set 82, used by AI (10) batch/lot and AI (21) serial: digits, letters and
 * ! " % & ' ( ) * + , - . / : ; < = > ? _
 */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/** AI (10) batch/lot and AI (21) serial number are at most 20 characters. */
export const ATTRIBUTE_MAX_LENGTH = 20;

/** What the value identifies, for messages. */
export type AttributeName = "batch/lot (AI 10)" | "serial number (AI 21)";

/** Checks a batch/lot or serial number against character set 82 and the length limit; returns it. */
export function assertCset82(value: string, what: AttributeName): string {
  if (value.length === 0) throw new Gs1Error("attribute_empty", `the ${what} is empty`);
  if (value.length > ATTRIBUTE_MAX_LENGTH) {
    throw new Gs1Error(
      "attribute_too_long",
      `the ${what} "${value}" has ${value.length} characters; at most ${ATTRIBUTE_MAX_LENGTH} are allowed`,
    );
  }
  if (!CSET_82.test(value)) {
    const bad = [...value].find((character) => !CSET_82.test(character));
    throw new Gs1Error(
      "attribute_characters",
      `the ${what} "${value}" contains "${bad}": use digits, letters A–Z/a–z without accents and ! " % & ' ( ) * + , - . / : ; < = > ? _`,
    );
  }
  return value;
}

/** Percent-encodes every character but A–Z, a–z, 0–9, "-", "." and "_" (URI path segment, RFC 3986). */
export function encodeAttribute(value: string): string {
  return value.replace(
    /[^A-Za-z0-9\-._]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** Decodes a percent-encoded path segment; a broken escape is a Gs1Error. */
export function decodeAttribute(segment: string, what: AttributeName): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Gs1Error("attribute_encoding", `the ${what} "${segment}" has a broken %-escape`);
  }
}
