import type { ChainVerification } from "../../../modules/trace/chain";
import type { MarkUse } from "../../../modules/trace/marks/mark-use";
import type {
  MarkKind,
  RecorderType,
  StoredLocalizedText,
  TraceKind,
} from "../../../modules/trace/vocabulary";
import type { StoredMaterial } from "../../../modules/craft/vocabulary";

/** A maker as the trace page shows them (linked to their artisan page, /artisans/{handle}). */
export interface StoreTraceMaker {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: string;
}

/** A production step on the public timeline (no hashes, no recorder id). */
export interface StoreTraceEvent {
  sequence: number;
  type: string;
  occurred_on: string;
  place: StoredLocalizedText;
  description: StoredLocalizedText;
  recorded_by_type: RecorderType;
}

/** A mark the product names, with the registry's answer for the main maker today. */
export interface StoreTraceMark {
  handle: string;
  kind: MarkKind | null;
  name: StoredLocalizedText | null;
  owner: string | null;
  registration_number: string | null;
  use: MarkUse;
}

/** GET /store/trace/01/:gtin/:ai/:value: everything the public trace page shows. */
export interface StoreTraceResponse {
  trace: {
    kind: TraceKind;
    gtin: string;
    lot: string | null;
    serial: string | null;
    batch_size: number;
    village_handle: string;
    ethnic_group: string | null;
    materials: StoredMaterial[];
    published_at: string;
    sample: boolean;
    product: { id: string; handle: string; title: string; thumbnail: string | null } | null;
    makers: StoreTraceMaker[];
    events: StoreTraceEvent[];
    ocop_stars: number | null;
    marks: StoreTraceMark[];
    /** The record as published, or changed after publication (with where and how). */
    verification: ChainVerification;
    /** First 8 hex digits of the published head hash, as printed on the tag. */
    fingerprint: string | null;
  };
}

/** One published record of a product, as the product page links to it. */
export interface StoreTraceRecordSummary {
  kind: TraceKind;
  gtin: string;
  lot: string | null;
  serial: string | null;
  batch_size: number;
  published_at: string;
  /** The tag's Digital Link path, `/01/{gtin}/10/{lot}` or `/01/{gtin}/21/{serial}` (percent-encoded). */
  path: string;
  sample: boolean;
}

/** GET /store/trace?product_id=: the product's published records, newest first. */
export interface StoreTraceRecordsResponse {
  trace_records: StoreTraceRecordSummary[];
}
