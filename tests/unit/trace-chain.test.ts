import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  eventHash,
  genesisHash,
  recordHash,
  verifyChain,
  type StoredEvent,
  type StoredRecord,
} from "../../commerce/src/modules/trace/chain/index.ts";

const RECORD_ID = "trace_01TEST";

const draft: StoredRecord = {
  id: RECORD_ID,
  kind: "batch",
  product_id: "prod_01TEST",
  gtin: "09521234000015",
  lot: "KT-2026-03",
  serial: null,
  makers: ["art_01A", "art_01B"],
  village_handle: "kon-k-tu",
  ethnic_group: "ba-na",
  materials: [
    {
      name: { vi: "Sợi bông", en: "Cotton yarn" },
      origin: { vi: "Bông trồng trong làng", en: "Cotton grown in the village" },
    },
  ],
  batch_size: 12,
  published_sequence: null,
  published_head_hash: null,
  record_hash: null,
};

const STEPS = [
  { type: "material_sourced", occurred_on: "2026-01-10", vi: "Hái bông trên rẫy" },
  { type: "dyed", occurred_on: "2026-01-20", vi: "Nhuộm chàm lá cây trong vườn" },
  { type: "woven", occurred_on: "2026-02-14", vi: "Dệt trên khung dệt đeo lưng" },
  { type: "finished", occurred_on: "2026-02-20", vi: "Hoàn thiện, may viền" },
];

/** Appends the steps as the service does: each event's prev_hash is the previous event's hash. */
function chainOf(recordId: string, count = STEPS.length): StoredEvent[] {
  const events: StoredEvent[] = [];
  let previous = genesisHash(recordId);
  for (const [index, step] of STEPS.slice(0, count).entries()) {
    const fields = {
      record_id: recordId,
      sequence: index + 1,
      type: step.type,
      occurred_on: step.occurred_on,
      place: { vi: "Làng Kon K'Tu", en: "Kon K'Tu village" },
      description: { vi: step.vi },
      recorded_by_type: "user",
      recorded_by_id: "user_01ADMIN",
      recorded_at: new Date(Date.UTC(2026, 1, 21, 3, index, 7, 123)),
      prev_hash: previous,
    };
    const event = { ...fields, hash: eventHash(fields) };
    events.push(event);
    previous = event.hash;
  }
  return events;
}

/** The record as publishing leaves it: its fields and the chain's head sealed. */
function publish(record: StoredRecord, events: StoredEvent[]): StoredRecord {
  const head = events[events.length - 1];
  return {
    ...record,
    published_sequence: head.sequence,
    published_head_hash: head.hash,
    record_hash: recordHash(record),
  };
}

describe("canonical JSON", () => {
  it("sorts keys at every depth, keeps array order, leaves out undefined and has no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" }, e: undefined, f: null })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1,"f":null}',
    );
  });

  it("gives the same text for the same data built in another order", () => {
    expect(canonicalJson({ vi: "Dệt", en: "Weaving" })).toBe(canonicalJson({ en: "Weaving", vi: "Dệt" }));
  });

  it("keeps Vietnamese text as it is, so a different Unicode form is a different hash", () => {
    const nfc = "Xơ Đăng".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(canonicalJson({ vi: nfc })).toBe(`{"vi":"${nfc}"}`);
    expect(canonicalJson({ vi: nfd })).not.toBe(canonicalJson({ vi: nfc }));
  });

  it("refuses numbers JSON cannot carry", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(TypeError);
  });
});

describe("hash chain of a trace record", () => {
  it("hashes an event as SHA-256 over the canonical JSON of its listed fields", () => {
    const [first] = chainOf(RECORD_ID, 1);
    const expected = createHash("sha256")
      .update(
        canonicalJson({
          v: 1,
          record_id: first.record_id,
          sequence: 1,
          type: first.type,
          occurred_on: first.occurred_on,
          place: { vi: first.place.vi, en: first.place.en },
          description: { vi: first.description.vi, en: first.description.en },
          recorded_by: { type: "user", id: "user_01ADMIN" },
          recorded_at: "2026-02-21T03:00:07.123Z",
          prev_hash: genesisHash(RECORD_ID),
        }),
      )
      .digest("hex");
    expect(first.hash).toBe(expected);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies an untouched chain, before and after publication, and counts later events", () => {
    const events = chainOf(RECORD_ID);
    expect(verifyChain(draft, events)).toEqual({
      intact: true,
      published: false,
      events: 4,
      events_after_publication: 0,
      head_hash: events[3].hash,
    });
    const published = publish(draft, events.slice(0, 3));
    expect(verifyChain(published, events)).toMatchObject({
      intact: true,
      published: true,
      events_after_publication: 1,
    });
    expect(verifyChain(draft, [])).toMatchObject({ intact: true, events: 0, head_hash: null });
  });

  it("finds an event whose text was changed after publication", () => {
    const events = chainOf(RECORD_ID);
    const record = publish(draft, events);
    const tampered = events.map((event) =>
      event.sequence === 2 ? { ...event, description: { vi: "Nhuộm phẩm màu công nghiệp" } } : event,
    );
    expect(verifyChain(record, tampered)).toEqual({
      intact: false,
      first_bad_sequence: 2,
      reason: "event_changed",
    });
    const redated = events.map((event) =>
      event.sequence === 3 ? { ...event, occurred_on: "2026-02-15" } : event,
    );
    expect(verifyChain(record, redated)).toMatchObject({ first_bad_sequence: 3, reason: "event_changed" });
    const reattributed = events.map((event) =>
      event.sequence === 1 ? { ...event, recorded_by_id: "user_01OTHER" } : event,
    );
    expect(verifyChain(record, reattributed)).toMatchObject({
      first_bad_sequence: 1,
      reason: "event_changed",
    });
  });

  it("finds an event changed and re-hashed: the next event's link breaks", () => {
    const events = chainOf(RECORD_ID);
    const changed = { ...events[1], description: { vi: "Nhuộm phẩm màu công nghiệp" } };
    const rehashed = { ...changed, hash: eventHash(changed) };
    const chain = [events[0], rehashed, events[2], events[3]];
    expect(verifyChain(publish(draft, events), chain)).toEqual({
      intact: false,
      first_bad_sequence: 3,
      reason: "broken_link",
    });
  });

  it("finds a deleted event, a chain cut short, and events moved from another record", () => {
    const events = chainOf(RECORD_ID);
    const record = publish(draft, events);
    expect(verifyChain(record, [events[0], events[2], events[3]])).toMatchObject({
      first_bad_sequence: 2,
      reason: "missing_event",
    });
    expect(verifyChain(record, events.slice(0, 2))).toMatchObject({
      first_bad_sequence: 3,
      reason: "missing_event",
    });
    const foreign = chainOf("trace_01OTHER").map((event) => ({ ...event, record_id: RECORD_ID }));
    expect(verifyChain(record, foreign)).toMatchObject({ first_bad_sequence: 1, reason: "broken_link" });
  });

  it("finds a chain rewritten from scratch with correct hashes: its head is not the published one", () => {
    const events = chainOf(RECORD_ID);
    const record = publish(draft, events);
    let previous = genesisHash(RECORD_ID);
    const rewritten = events.map((event) => {
      const fields = { ...event, description: { vi: `${event.description.vi} (sửa)` }, prev_hash: previous };
      const next = { ...fields, hash: eventHash(fields) };
      previous = next.hash;
      return next;
    });
    expect(verifyChain(draft, rewritten)).toMatchObject({ intact: true });
    expect(verifyChain(record, rewritten)).toEqual({
      intact: false,
      first_bad_sequence: 4,
      reason: "head_mismatch",
    });
  });

  it("finds the record's own fields changed after publication (sequence 0)", () => {
    const events = chainOf(RECORD_ID);
    const record = publish(draft, events);
    const cases: Partial<StoredRecord>[] = [
      { makers: ["art_01B", "art_01A"] },
      { village_handle: "kon-klor" },
      { batch_size: 13 },
      { materials: [{ name: { vi: "Sợi bông" }, origin: { vi: "Sợi mua ở chợ" } }] },
      { gtin: "09521234000022" },
    ];
    for (const change of cases) {
      expect(verifyChain({ ...record, ...change }, events)).toEqual({
        intact: false,
        first_bad_sequence: 0,
        reason: "record_changed",
      });
    }
  });

  it("binds the chain to its record: the genesis hash differs between records", () => {
    expect(genesisHash(RECORD_ID)).not.toBe(genesisHash("trace_01OTHER"));
    expect(genesisHash(RECORD_ID)).toMatch(/^[0-9a-f]{64}$/);
  });
});
