import {
  buildGtin13,
  DEMO_COMPANY_PREFIX,
  digitalLinkPath,
  toGtin14,
} from "../../commerce/src/lib/gs1/index.ts";
import {
  sampleTraceRecords,
  type SampleTraceRecord,
} from "../../commerce/src/scripts/seed/trace/fixtures.ts";

/**
 * A seeded sample record (the setup seeds them) and its Digital Link path: the batch of brocade scarves
 * (`/01/09521234000013/10/DEMO-2026-01`) or the single back-basket.
 */
export function sampleTrace(kind: "batch" | "piece"): { path: string; sample: SampleTraceRecord } {
  const sample = sampleTraceRecords.find((record) => record.kind === kind);
  if (!sample) throw new Error(`no sample trace record of kind ${kind}`);
  const gtin = toGtin14(buildGtin13(DEMO_COMPANY_PREFIX, sample.itemReference));
  const path = digitalLinkPath(
    kind === "batch" ? { kind, gtin, lot: sample.key } : { kind, gtin, serial: sample.key },
  );
  return { path, sample };
}

/** The schema.org nodes of a page's JSON-LD scripts. */
export function jsonLdNodes(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const data = JSON.parse(match[1] ?? "null") as unknown;
    return (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
  });
}
