import { model } from "@medusajs/framework/utils";
import { ETHNIC_GROUPS, type StoredMaterial } from "../../craft/vocabulary";
import { TRACE_KINDS } from "../vocabulary";
import TraceEvent from "./trace-event";

/**
 * The story of origin of one batch or one piece of a product, reachable from the QR code on its tag
 * (GS1 Digital Link /01/{gtin}/10/{lot} or /01/{gtin}/21/{serial}). Its fields can change until it is
 * published; publishing seals them (record_hash) together with the head of its event chain.
 */
const TraceRecord = model
  .define("trace_record", {
    id: model.id({ prefix: "trace" }).primaryKey(),
    kind: model.enum([...TRACE_KINDS]),
    /** The product (links/trace-record-product.ts, read-only). */
    product_id: model.text().index(),
    /** GTIN of the product, 14 digits (check digit validated). */
    gtin: model.text().index(),
    /** Batch/lot number (AI 10) of a batch; null for a piece. */
    lot: model.text().nullable(),
    /** Serial number (AI 21) of a single piece; null for a batch. */
    serial: model.text().nullable(),
    /** Ids of the artisans who made it (art_…), main maker first. */
    makers: model.array(),
    /** Handle of the village in content/villages. */
    village_handle: model.text().index(),
    ethnic_group: model.enum([...ETHNIC_GROUPS]).nullable(),
    /** `[{ name: { vi, en }, origin: { vi, en } }]`: what it is made of and where that comes from. */
    materials: model.json<StoredMaterial[]>(),
    /** Pieces in the batch; 1 for a piece. */
    batch_size: model.number(),
    /** When it was first published (shown to the public); null while a draft. */
    published_at: model.dateTime().nullable(),
    /** Sequence and hash of the last event when it was (last) published. */
    published_sequence: model.number().nullable(),
    published_head_hash: model.text().nullable(),
    /** SHA-256 of the record's own fields at publication (chain/record-hash.ts). */
    record_hash: model.text().nullable(),
    /** `{ sample: true }` on demo data; not part of any hash. */
    metadata: model.json().nullable(),
    events: model.hasMany(() => TraceEvent, { mappedBy: "record" }),
  })
  .indexes([
    {
      name: "IDX_trace_record_gtin_lot_unique",
      on: ["gtin", "lot"],
      unique: true,
      where: "lot IS NOT NULL AND deleted_at IS NULL",
    },
    {
      name: "IDX_trace_record_gtin_serial_unique",
      on: ["gtin", "serial"],
      unique: true,
      where: "serial IS NOT NULL AND deleted_at IS NULL",
    },
  ])
  .checks([
    {
      name: "trace_record_key_matches_kind",
      expression: (columns) =>
        `(${columns.kind} = 'batch' AND ${columns.lot} IS NOT NULL AND ${columns.serial} IS NULL) OR (${columns.kind} = 'piece' AND ${columns.serial} IS NOT NULL AND ${columns.lot} IS NULL AND ${columns.batch_size} = 1)`,
    },
    { name: "trace_record_batch_size_positive", expression: (columns) => `${columns.batch_size} > 0` },
  ])
  // A record's steps go with it (the foreign key's `on delete cascade`, as the migration creates it).
  .cascades({ delete: ["events"] });

export default TraceRecord;
