import type { StoredMaterial } from "../../modules/craft/vocabulary";
import type { RecorderType, StoredLocalizedText, TraceKind } from "../../modules/trace/vocabulary";

/**
 * Response types of the artisan's trace routes (`/artisan/trace-records`, `/artisan/co-makers`); the portal
 * imports them. No hashes and no recorder ids: the artisan sees the story and the tag's fingerprint.
 */

/** A production step on the record's timeline. */
export interface ArtisanTraceEvent {
  id: string;
  sequence: number;
  type: string;
  occurred_on: string;
  place: StoredLocalizedText;
  description: StoredLocalizedText;
  recorded_by_type: RecorderType;
  /** Recorded by the signed-in artisan (not a curator, a co-maker or a script). */
  recorded_by_me: boolean;
  /** ISO date-time. */
  recorded_at: string;
  /** Appended after the last publication: shown on the public page, not yet under its seal. */
  after_publication: boolean;
}

/** One of the makers, by name. */
export interface ArtisanTraceMaker {
  id: string;
  display_name: string;
}

export interface ArtisanTraceRecord {
  id: string;
  kind: TraceKind;
  /** GTIN-14 the record's tag carries (allocated by the shop: the artisan never types it). */
  gtin: string;
  lot: string | null;
  serial: string | null;
  batch_size: number;
  status: "draft" | "published";
  /** ISO date-time of the first publication; null while a draft. */
  published_at: string | null;
  /** First 8 hex digits of the published head hash, as printed under the QR code; null while a draft. */
  fingerprint: string | null;
  /** The public page the QR code opens (GS1 Digital Link on the storefront's domain). */
  digital_link: string;
  makers: ArtisanTraceMaker[];
  village_handle: string;
  ethnic_group: string | null;
  materials: StoredMaterial[];
  product: { id: string; title: { vi: string; en: string }; thumbnail: string | null } | null;
  events_count: number;
  created_at: string;
}

/** GET /artisan/trace-records/:id, and the answers of create, append and publish. */
export interface ArtisanTraceRecordResponse {
  trace_record: ArtisanTraceRecord & { events: ArtisanTraceEvent[] };
}

/** GET /artisan/trace-records: newest first. */
export interface ArtisanTraceRecordsResponse {
  trace_records: ArtisanTraceRecord[];
  count: number;
}

/** GET /artisan/co-makers: the other artisans of the signed-in artisan's village. */
export interface ArtisanCoMakersResponse {
  artisans: { id: string; handle: string; display_name: string }[];
}
