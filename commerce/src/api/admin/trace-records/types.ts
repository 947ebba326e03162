import type { EthnicGroup, StoredMaterial } from "../../../modules/craft/vocabulary";
import type { ChainVerification } from "../../../modules/trace/chain";
import type {
  RecorderType,
  StoredLocalizedText,
  TraceEventType,
  TraceKind,
} from "../../../modules/trace/vocabulary";

/** Shapes of GET/POST /admin/trace-records(/:id), as JSON (dates as ISO strings); the admin UI reads these. */

/** The product a record traces. */
export interface AdminTraceProduct {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
}

/** A maker of a record, with what the form defaults from them. */
export interface AdminTraceMaker {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: EthnicGroup;
}

/** One step of the chain, with a readable name of whoever recorded it. */
export interface AdminTraceEvent {
  id: string;
  sequence: number;
  type: TraceEventType;
  occurred_on: string;
  place: StoredLocalizedText;
  description: StoredLocalizedText;
  recorded_by_type: RecorderType;
  recorded_by_id: string;
  /** The admin user's name or email, the artisan's name, or the script's name; null when unknown. */
  recorded_by_name: string | null;
  recorded_at: string;
  prev_hash: string;
  hash: string;
}

/** A record in the list: its fields, its tag's link, its product, and how its chain verifies. */
export interface AdminTraceRecordSummary {
  id: string;
  kind: TraceKind;
  product_id: string;
  gtin: string;
  lot: string | null;
  serial: string | null;
  makers: string[];
  village_handle: string;
  ethnic_group: EthnicGroup | null;
  materials: StoredMaterial[];
  batch_size: number;
  published_at: string | null;
  published_sequence: number | null;
  published_head_hash: string | null;
  record_hash: string | null;
  metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
  /** The GS1 Digital Link URI its QR code holds. */
  digital_link: string;
  product: AdminTraceProduct | null;
  events_count: number;
  verification: ChainVerification;
}

/** One record with its events in order and its makers' names. */
export interface AdminTraceRecord extends AdminTraceRecordSummary {
  events: AdminTraceEvent[];
  maker_details: AdminTraceMaker[];
}

/** GET /admin/trace-records */
export interface AdminTraceRecordsResponse {
  trace_records: AdminTraceRecordSummary[];
  count: number;
  offset: number;
  limit: number;
}

/** GET/POST /admin/trace-records/:id, POST …/publish */
export interface AdminTraceRecordResponse {
  trace_record: AdminTraceRecord;
}
