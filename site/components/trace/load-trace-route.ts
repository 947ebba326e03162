import { getEntry, type CollectionEntry } from "astro:content";
import {
  digitalLinkPath,
  Gs1Error,
  parseDigitalLinkPath,
  type Gs1ErrorCode,
  type TraceKey,
} from "../../../commerce/src/lib/gs1/index.ts";
import type { Locale } from "../../i18n/index.ts";
import { retrieveTrace, type StoreTrace } from "../../lib/commerce/trace.ts";
import { localizedId } from "../../schemas/localized-reference.ts";

/** Why a code has no page: no published record has it (unknown or draft), or it is not a valid code. */
export type TraceProblem = "unknown" | "gtin" | "attribute" | "path";

export type TraceRoute =
  | {
      status: 200;
      trace: StoreTrace;
      /** The tag's Digital Link path (GTIN-14, percent-encoded, no trailing slash). */
      path: string;
      /** The village the record names, when the site has a page for it. */
      village?: CollectionEntry<"villages">;
    }
  | { status: 404; problem: TraceProblem; /** The code as requested, decoded for display. */ code: string };

/** Shared caches keep a trace page a minute (the verification and the marks are checked on each fetch). */
export const TRACE_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** A code with no page: cached as briefly as the site's other 404s (a record may be published soon). */
export const TRACE_NOT_FOUND_CACHE = "public, max-age=0, s-maxage=60";

/** A parse error in words a buyer can act on: the GTIN, the lot/serial, or the link's shape. */
function problemOf(code: Gs1ErrorCode): Exclude<TraceProblem, "unknown"> {
  if (code.startsWith("gtin_")) return "gtin";
  if (code.startsWith("attribute_")) return "attribute";
  return "path";
}

/** The requested path for people to read: %-escapes decoded where they can be, at most 120 characters. */
function readable(rawPath: string): string {
  let text = rawPath;
  try {
    text = decodeURIComponent(rawPath);
  } catch {
    // A broken escape: show it as it came.
  }
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/**
 * The trace page of `rawPath` (`/01/{gtin}/10/{lot}` or `/01/{gtin}/21/{serial}` as requested, still
 * percent-encoded, without the language prefix) in `locale`. A malformed code and a code with no
 * published record give a 404 saying which; a Medusa failure throws (CommerceError).
 */
export async function loadTraceRoute(locale: Locale, rawPath: string): Promise<TraceRoute> {
  let key: TraceKey;
  try {
    key = parseDigitalLinkPath(rawPath);
  } catch (error) {
    if (!(error instanceof Gs1Error)) throw error;
    return { status: 404, problem: problemOf(error.code), code: readable(rawPath) };
  }
  const trace = await retrieveTrace(key, locale);
  if (!trace) return { status: 404, problem: "unknown", code: readable(rawPath) };
  const village = await getEntry("villages", localizedId(locale, trace.village_handle));
  return { status: 200, trace, path: digitalLinkPath(key), village };
}

/** Cache headers of a trace page (or its 404), set in the page before anything renders. */
export function traceHeaders(headers: Headers, status: 200 | 404): void {
  headers.set("Cache-Control", status === 200 ? TRACE_CACHE : TRACE_NOT_FOUND_CACHE);
}
