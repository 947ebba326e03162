import type pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseDigitalLink } from "../../commerce/src/lib/gs1/index.ts";
import { rejection } from "../harness/medusa-clients.ts";
import { readQr } from "../harness/qr.ts";
import {
  TRACE_STEPS,
  traceFixtureWithDatabase,
  type TraceFixture,
  type TraceEvent,
} from "../harness/trace.ts";

// An admin records the story of a batch, publishes it, and a change made later behind the application's
// back (straight in Postgres, through the test's own connection) shows up when the record is verified.
const stack = inject("stack");
let t: TraceFixture;
let db: pg.Client;

beforeAll(async () => {
  ({ t, db } = await traceFixtureWithDatabase(stack));
});

afterAll(async () => {
  await db?.end();
});

describe("trace records: append, publish, verify", () => {
  it("chains appended events, publishes the head, and verifies the record as intact", async () => {
    const record = await t.createRecord("KT-CHAIN-1");
    expect(record.gtin).toHaveLength(14);
    expect(record.published_at).toBeNull();
    expect(parseDigitalLink(record.digital_link)).toEqual({
      kind: "batch",
      gtin: record.gtin,
      lot: "KT-CHAIN-1",
    });

    const events: TraceEvent[] = [];
    for (const step of TRACE_STEPS) events.push(await t.append(record.id, step));
    expect(events.map((event) => event.sequence)).toEqual([1, 2, 3]);
    expect(events[1].prev_hash).toBe(events[0].hash);
    expect(events[2].prev_hash).toBe(events[1].hash);
    expect(events[0].recorded_by_type).toBe("user");
    expect(events[0].recorded_by_id).toMatch(/^user_/);

    const published = await t.publish(record.id);
    expect(published.published_at).not.toBeNull();
    expect(published.published_sequence).toBe(3);
    expect(published.published_head_hash).toBe(events[2].hash);
    expect(await t.verify(record.id)).toMatchObject({ intact: true, published: true, events: 3 });

    // A later step (an inspection) is appended to the same chain and stays verifiable.
    await t.append(record.id, {
      type: "inspected",
      occurred_on: "2026-02-21",
      description: { vi: "Kiểm tra" },
    });
    expect(await t.verify(record.id)).toMatchObject({ intact: true, events: 4, events_after_publication: 1 });
  });

  it("detects an event changed in the database after publication, and refuses to publish over it", async () => {
    const record = await t.createRecord("KT-TAMPER-1");
    for (const step of TRACE_STEPS) await t.append(record.id, step);
    await t.publish(record.id);
    expect(await t.verify(record.id)).toMatchObject({ intact: true });

    const changed = await db.query(
      `update trace_event set description = $1::jsonb where record_id = $2 and sequence = 2`,
      [JSON.stringify({ vi: "Nhuộm phẩm màu công nghiệp", en: "Dyed with synthetic dye" }), record.id],
    );
    expect(changed.rowCount).toBe(1);
    expect(await t.verify(record.id)).toEqual({
      intact: false,
      first_bad_sequence: 2,
      reason: "event_changed",
    });
    const refused = await rejection(
      t.admin.client.fetch(`/admin/trace-records/${record.id}/publish`, { method: "POST" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/event_changed at sequence 2/);
  });

  it("detects a deleted event and a change to the record's own fields", async () => {
    const first = await t.createRecord("KT-TAMPER-2");
    for (const step of TRACE_STEPS) await t.append(first.id, step);
    await t.publish(first.id);
    await db.query(`delete from trace_event where record_id = $1 and sequence = 3`, [first.id]);
    expect(await t.verify(first.id)).toEqual({
      intact: false,
      first_bad_sequence: 3,
      reason: "missing_event",
    });

    const second = await t.createRecord("KT-TAMPER-3");
    await t.append(second.id, TRACE_STEPS[0]);
    await t.publish(second.id);
    await db.query(`update trace_record set village_handle = 'kon-klor' where id = $1`, [second.id]);
    expect(await t.verify(second.id)).toEqual({
      intact: false,
      first_bad_sequence: 0,
      reason: "record_changed",
    });
  });

  it("refuses malformed identifiers, unknown references, a taken lot and publishing an empty record", async () => {
    const badDigit = await rejection(
      t.admin.client.fetch("/admin/trace-records", {
        method: "POST",
        body: { ...t.recordBody("KT-BAD-1"), gtin: "9521234000012" },
      }),
    );
    expect(badDigit.status).toBe(400);
    expect(badDigit.message).toMatch(/check digit/);
    const badLot = await rejection(
      t.admin.client.fetch("/admin/trace-records", { method: "POST", body: t.recordBody("Lô 1") }),
    );
    expect(badLot.status).toBe(400);
    expect(badLot.message).toMatch(/batch\/lot/);
    const unknownMaker = await rejection(
      t.admin.client.fetch("/admin/trace-records", {
        method: "POST",
        body: { ...t.recordBody("KT-BAD-2"), makers: ["art_DOES_NOT_EXIST"] },
      }),
    );
    expect(unknownMaker.status).toBe(404);

    const body = t.recordBody("KT-TAKEN");
    await t.admin.client.fetch("/admin/trace-records", { method: "POST", body });
    const taken = await rejection(t.admin.client.fetch("/admin/trace-records", { method: "POST", body }));
    expect(taken.status).toBe(422);
    expect(taken.message).toMatch(/already has a trace record/);

    const empty = await t.createRecord("KT-EMPTY");
    const refused = await rejection(
      t.admin.client.fetch(`/admin/trace-records/${empty.id}/publish`, { method: "POST" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/no events/);
    expect((await rejection(t.admin.client.fetch("/admin/trace-records/trace_NOPE/verify"))).status).toBe(
      404,
    );
  });

  it("serves the tag's QR code, which reads back as the record's Digital Link", async () => {
    const record = await t.createRecord("KT-QR-1");
    const response = await fetch(`${stack.medusa}/admin/trace-records/${record.id}/qr?format=png&width=300`, {
      headers: { Authorization: `Bearer ${await t.admin.client.getToken()}` },
    });
    expect(response.headers.get("content-type")).toMatch(/image\/png/);
    expect(await readQr(Buffer.from(await response.arrayBuffer()))).toBe(record.digital_link);
  });
});
