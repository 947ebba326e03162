import { model } from "@medusajs/framework/utils";
import { RECORDER_TYPES, TRACE_EVENT_TYPES, type StoredLocalizedText } from "../vocabulary";
import TraceRecord from "./trace-record";

/**
 * One production step or check of a traced batch or piece. Events are only ever appended (the module's
 * service refuses to change or delete them); each carries the hash of the one before it (prev_hash) and
 * its own hash over its fields (chain/event-hash.ts), so a change to a stored event is detectable.
 */
const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tevt" }).primaryKey(),
    record: model.belongsTo(() => TraceRecord, { mappedBy: "events" }),
    /** 1, 2, 3, … within the record, no gaps (unique). */
    sequence: model.number(),
    type: model.enum([...TRACE_EVENT_TYPES]),
    /** The day it happened, "2026-03-14" (Vietnam time). */
    occurred_on: model.text(),
    /** Where it happened: `{ vi, en }`, e.g. the village, a field, the community forest. */
    place: model.json<StoredLocalizedText>(),
    /** What was done: `{ vi, en }`. */
    description: model.json<StoredLocalizedText>(),
    /** Who recorded it: the actor type and id (user_…, art_…, or a script name). */
    recorded_by_type: model.enum([...RECORDER_TYPES]),
    recorded_by_id: model.text(),
    recorded_at: model.dateTime(),
    /** Hash of the previous event (for the first: the record's genesis hash). */
    prev_hash: model.text(),
    /** SHA-256 (hex) of the canonical JSON of this event's fields and prev_hash. */
    hash: model.text(),
  })
  .indexes([{ name: "IDX_trace_event_record_sequence_unique", on: ["record_id", "sequence"], unique: true }])
  .checks([{ name: "trace_event_sequence_positive", expression: (columns) => `${columns.sequence} > 0` }]);

export default TraceEvent;
