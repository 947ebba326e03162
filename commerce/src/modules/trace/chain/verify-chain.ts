import {
  eventHash,
  genesisHash,
  recordHash,
  type HashedEventFields,
  type HashedRecordFields,
} from "./hashes";

/** An event as stored: its hashed fields and the hash stored with it. */
export interface StoredEvent extends HashedEventFields {
  hash: string;
}

/** A record as stored, with what its publication recorded (all null while a draft). */
export interface StoredRecord extends HashedRecordFields {
  published_sequence: number | null;
  published_head_hash: string | null;
  record_hash: string | null;
}

/**
 * Why a chain is not intact:
 * - `record_changed`: the record's own fields differ from those sealed at publication (sequence 0);
 * - `event_changed`: an event's fields no longer give its stored hash;
 * - `broken_link`: an event's prev_hash is not the hash of the event before it (events moved or replaced);
 * - `missing_event`: a sequence number is missing, or the chain is shorter than at publication;
 * - `head_mismatch`: the chain is consistent but its event at the published sequence is not the one
 *   published (the chain was rewritten and re-hashed).
 */
export type ChainFault =
  "record_changed" | "event_changed" | "broken_link" | "missing_event" | "head_mismatch";

export type ChainVerification =
  | {
      intact: true;
      /** False while the record is a draft: only the chain's own consistency was checked. */
      published: boolean;
      /** Events recorded, and how many of them came after the (last) publication. */
      events: number;
      events_after_publication: number;
      head_hash: string | null;
    }
  | { intact: false; first_bad_sequence: number; reason: ChainFault };

/**
 * Recomputes the record's hashes and compares them with the stored ones and with what publication
 * recorded. `events` may come in any order; they are checked by sequence.
 */
export function verifyChain(record: StoredRecord, events: StoredEvent[]): ChainVerification {
  const published = record.published_sequence !== null;
  if (published && record.record_hash !== recordHash(record)) {
    return { intact: false, first_bad_sequence: 0, reason: "record_changed" };
  }
  const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
  let previous = genesisHash(record.id);
  for (const [index, event] of ordered.entries()) {
    const expected = index + 1;
    if (event.sequence !== expected || event.record_id !== record.id) {
      return { intact: false, first_bad_sequence: expected, reason: "missing_event" };
    }
    if (event.prev_hash !== previous) {
      return { intact: false, first_bad_sequence: expected, reason: "broken_link" };
    }
    if (eventHash(event) !== event.hash) {
      return { intact: false, first_bad_sequence: expected, reason: "event_changed" };
    }
    previous = event.hash;
  }
  if (published && record.published_sequence !== null) {
    const head = ordered[record.published_sequence - 1];
    if (!head) {
      return { intact: false, first_bad_sequence: ordered.length + 1, reason: "missing_event" };
    }
    if (head.hash !== record.published_head_hash) {
      return { intact: false, first_bad_sequence: record.published_sequence, reason: "head_mismatch" };
    }
  }
  return {
    intact: true,
    published,
    events: ordered.length,
    events_after_publication: published ? ordered.length - (record.published_sequence ?? 0) : 0,
    head_hash: ordered.length ? previous : null,
  };
}
