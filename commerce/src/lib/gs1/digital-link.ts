import { assertGtin, toGtin14 } from "./check-digit";
import { assertCset82, decodeAttribute, encodeAttribute } from "./cset82";
import { Gs1Error } from "./gs1-error";

/** What a tag identifies: a batch (GTIN + batch/lot, AI 10) or a single piece (GTIN + serial, AI 21). */
export type TraceKey =
  { kind: "batch"; gtin: string; lot: string } | { kind: "piece"; gtin: string; serial: string };

/** Checks an origin such as "https://kontumcrafts.vn" (http or https, no path) and returns it without a slash. */
export function assertSiteOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Gs1Error(
      "digital_link_origin",
      `"${origin}" is not a URL; give the site's origin, e.g. https://kontumcrafts.vn`,
    );
  }
  if (
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.pathname !== "/" ||
    url.search ||
    url.hash
  ) {
    throw new Gs1Error(
      "digital_link_origin",
      `"${origin}" must be an http(s) origin without a path, query or fragment, e.g. https://kontumcrafts.vn`,
    );
  }
  return url.origin;
}

/** The Digital Link path of a key: `/01/{GTIN-14}/10/{lot}` or `/01/{GTIN-14}/21/{serial}` (percent-encoded). */
export function digitalLinkPath(key: TraceKey): string {
  const gtin = toGtin14(key.gtin);
  if (key.kind === "batch") {
    return `/01/${gtin}/10/${encodeAttribute(assertCset82(key.lot, "batch/lot (AI 10)"))}`;
  }
  return `/01/${gtin}/21/${encodeAttribute(assertCset82(key.serial, "serial number (AI 21)"))}`;
}

/**
 * The GS1 Digital Link URI of a batch or piece on the site's own domain, e.g.
 * `https://kontumcrafts.vn/01/09521234000428/10/KT-2026-03`. The GTIN is written with 14 digits.
 */
export function buildDigitalLink(origin: string, key: TraceKey): string {
  return assertSiteOrigin(origin) + digitalLinkPath(key);
}

const SHAPES = "/01/{GTIN}/10/{batch} or /01/{GTIN}/21/{serial}";

/**
 * The key named by the three parts of a Digital Link path after `/01/`: the GTIN (8/12/13/14 digits,
 * returned as 14), the application identifier ("10" or "21") and its value, already percent-decoded.
 */
export function traceKeyFromParts(rawGtin: string, ai: string, value: string): TraceKey {
  const gtin = toGtin14(assertGtin(rawGtin));
  if (ai === "10") return { kind: "batch", gtin, lot: assertCset82(value, "batch/lot (AI 10)") };
  if (ai === "21") return { kind: "piece", gtin, serial: assertCset82(value, "serial number (AI 21)") };
  throw new Gs1Error(
    "digital_link_path",
    `application identifier (${ai}) is not a trace key; trace links use (10) batch/lot or (21) serial: ${SHAPES}`,
  );
}

/**
 * Reads a Digital Link path (`/01/…/10/…` or `/01/…/21/…`, a trailing slash allowed, query ignored).
 * GTINs of 8, 12, 13 or 14 digits are accepted and returned as 14 digits.
 */
export function parseDigitalLinkPath(pathname: string): TraceKey {
  const segments = pathname.replace(/\/$/, "").split("/");
  if (segments[0] !== "" || segments.length !== 5 || segments[1] !== "01") {
    throw new Gs1Error("digital_link_path", `"${pathname}" is not a trace link: expected ${SHAPES}`);
  }
  const [, , rawGtin, ai, rawValue] = segments;
  const what = ai === "21" ? "serial number (AI 21)" : "batch/lot (AI 10)";
  try {
    return traceKeyFromParts(rawGtin, ai, decodeAttribute(rawValue, what));
  } catch (error) {
    if (error instanceof Gs1Error && error.code === "digital_link_path") {
      throw new Gs1Error("digital_link_path", `"${pathname}": ${error.message}`);
    }
    throw error;
  }
}

/**
 * Reads a full Digital Link URI. With `expectedOrigin`, a URI on another domain is refused (tags of this
 * site point to this site).
 */
export function parseDigitalLink(uri: string, expectedOrigin?: string): TraceKey {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new Gs1Error(
      "digital_link_url",
      `"${uri}" is not a URL; a trace link looks like https://…${SHAPES}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Gs1Error("digital_link_url", `"${uri}" must be an http or https URL`);
  }
  if (expectedOrigin !== undefined && url.origin !== assertSiteOrigin(expectedOrigin)) {
    throw new Gs1Error(
      "digital_link_origin",
      `"${uri}" points to ${url.origin}, not to this site (${assertSiteOrigin(expectedOrigin)})`,
    );
  }
  return parseDigitalLinkPath(url.pathname);
}
