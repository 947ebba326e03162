import { readEnv, storefrontUrl } from "../../env";
import { buildDigitalLink, type TraceKey } from "../gs1";
import type { TraceRecordDTO } from "../../modules/trace/service";

/** What the record's tag identifies. */
export function traceKeyOf(record: TraceRecordDTO): TraceKey {
  return record.kind === "batch"
    ? { kind: "batch", gtin: record.gtin, lot: record.lot ?? "" }
    : { kind: "piece", gtin: record.gtin, serial: record.serial ?? "" };
}

/** The GS1 Digital Link URI on the storefront's domain (STOREFRONT_URL) that the record's QR code holds. */
export function digitalLinkOf(record: TraceRecordDTO): string {
  return buildDigitalLink(storefrontUrl(readEnv()), traceKeyOf(record));
}

/** The storefront's domain as printed under the code: kontumcrafts.vn (no scheme, no www.). */
export function shortDomain(): string {
  return new URL(storefrontUrl(readEnv())).host.replace(/^www\./, "");
}
