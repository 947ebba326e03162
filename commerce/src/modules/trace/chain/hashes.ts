import { createHash } from "node:crypto";
import { canonicalJson, type CanonicalValue } from "./canonical-json";

/** Version of the hashed field lists below; a new list gets a new version, old records keep theirs. */
export const CHAIN_VERSION = 1;

/** Text in Vietnamese and, optionally, English. */
interface LocalizedText {
  vi: string;
  en?: string;
}

/** The fields of an event that its hash covers (all of them but id and the hash itself). */
export interface HashedEventFields {
  record_id: string;
  sequence: number;
  type: string;
  occurred_on: string;
  place: LocalizedText;
  description: LocalizedText;
  recorded_by_type: string;
  recorded_by_id: string;
  /** A Date, or its ISO 8601 text (as JSON carries it); hashed as ISO 8601 with milliseconds, UTC. */
  recorded_at: Date | string;
  prev_hash: string;
}

/** The fields of a record that its publication seals. */
export interface HashedRecordFields {
  id: string;
  kind: string;
  product_id: string;
  gtin: string;
  lot: string | null;
  serial: string | null;
  makers: string[];
  village_handle: string;
  ethnic_group: string | null;
  materials: { name: LocalizedText; origin: LocalizedText }[];
  batch_size: number;
}

function sha256(value: CanonicalValue): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

function localized(text: LocalizedText): CanonicalValue {
  return { vi: text.vi, en: text.en ?? undefined };
}

/** The prev_hash of a record's first event: binds the chain to the record, so events cannot be moved. */
export function genesisHash(recordId: string): string {
  return sha256({ v: CHAIN_VERSION, genesis: recordId });
}

/** SHA-256 (hex) over the canonical JSON of the event's hashed fields (the list above, nothing else). */
export function eventHash(event: HashedEventFields): string {
  return sha256({
    v: CHAIN_VERSION,
    record_id: event.record_id,
    sequence: event.sequence,
    type: event.type,
    occurred_on: event.occurred_on,
    place: localized(event.place),
    description: localized(event.description),
    recorded_by: { type: event.recorded_by_type, id: event.recorded_by_id },
    recorded_at: new Date(event.recorded_at).toISOString(),
    prev_hash: event.prev_hash,
  });
}

/** SHA-256 (hex) over the canonical JSON of the record's own fields (the list above, nothing else). */
export function recordHash(record: HashedRecordFields): string {
  return sha256({
    v: CHAIN_VERSION,
    id: record.id,
    kind: record.kind,
    product_id: record.product_id,
    gtin: record.gtin,
    lot: record.lot,
    serial: record.serial,
    makers: [...record.makers],
    village_handle: record.village_handle,
    ethnic_group: record.ethnic_group,
    materials: record.materials.map((material) => ({
      name: localized(material.name),
      origin: localized(material.origin),
    })),
    batch_size: record.batch_size,
  });
}
