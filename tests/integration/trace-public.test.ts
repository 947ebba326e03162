import type pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createOneSizeProduct } from "../harness/catalog.ts";
import { rejection, storeClient } from "../harness/medusa-clients.ts";
import {
  TRACE_STEPS,
  traceFixtureWithDatabase,
  type TraceFixture,
  type Verification,
} from "../harness/trace.ts";

// A buyer's phone opens the tag's link: the store API answers with the published story, the marks the
// maker may show, and whether the record is still as published. The registry answers who may use a mark.
const stack = inject("stack");
let t: TraceFixture;
let db: pg.Client;

beforeAll(async () => {
  ({ t, db } = await traceFixtureWithDatabase(stack));
});

afterAll(async () => {
  await db?.end();
});

describe("marks: who may show a mark", () => {
  it("answers allowed, expired, not a member and unknown mark", async () => {
    const handle = `mau-${Date.now()}`;
    const { mark } = await t.admin.client.fetch<{ mark: { id: string } }>("/admin/marks", {
      method: "POST",
      body: {
        handle,
        kind: "collective",
        name: { vi: "Nhãn hiệu tập thể mẫu (dữ liệu mẫu)", en: "Sample collective mark (sample data)" },
        owner: "Hợp tác xã mẫu (dữ liệu mẫu)",
        registration_number: null,
        metadata: { sample: true },
      },
    });
    await t.admin.client.fetch(`/admin/marks/${mark.id}/authorisations`, {
      method: "POST",
      body: { artisan_id: t.makers[0], valid_from: "2025-01-01", valid_to: "2025-12-31" },
    });
    const use = async (markId: string, artisanId: string, date: string) =>
      (
        await t.admin.client.fetch<{ use: { allowed: boolean; reason?: string } }>(
          `/admin/marks/${markId}/use`,
          {
            query: { artisan_id: artisanId, date },
          },
        )
      ).use;
    expect(await use(mark.id, t.makers[0], "2025-06-01")).toMatchObject({ allowed: true });
    expect(await use(handle, t.makers[0], "2026-03-14")).toEqual({
      allowed: false,
      reason: "expired",
      valid_to: "2025-12-31",
    });
    expect(await use(mark.id, t.makers[1], "2025-06-01")).toEqual({ allowed: false, reason: "not_member" });
    expect(await use("khong-co-nhan-hieu-nay", t.makers[0], "2025-06-01")).toEqual({
      allowed: false,
      reason: "unknown_mark",
    });
  });
});

describe("the public trace of a tag", () => {
  it("shows a published record's story, its marks and whether it is intact; drafts and bad codes are 404", async () => {
    const store = storeClient(stack);
    const stamp = Date.now();
    const held = `mau-giu-${stamp}`;
    const { mark } = await t.admin.client.fetch<{ mark: { id: string } }>("/admin/marks", {
      method: "POST",
      body: {
        handle: held,
        kind: "geographical_indication",
        name: { vi: "Chỉ dẫn địa lý mẫu (dữ liệu mẫu)" },
        owner: "Hội nghề mẫu (dữ liệu mẫu)",
        registration_number: null,
        metadata: { sample: true },
      },
    });
    await t.admin.client.fetch(`/admin/marks/${mark.id}/authorisations`, {
      method: "POST",
      body: { artisan_id: t.makers[0], valid_from: "2020-01-01", valid_to: null },
    });
    const product = await createOneSizeProduct(t.admin, {
      title: "Khăn thử truy xuất",
      handle: `khan-thu-truy-xuat-${stamp}`,
      prices: [{ currency_code: "vnd", amount: 300000 }],
    });
    await t.admin.client.fetch(`/admin/products/${product.id}/craft`, {
      method: "POST",
      body: {
        craft: "brocade-weaving",
        artisan_id: t.makers[0],
        ocop_stars: 4,
        marks: [held],
      },
    });
    const record = await t.createRecord("KT-PUBLIC-1", product.id);
    for (const step of TRACE_STEPS) await t.append(record.id, step);
    const path = new URL(record.digital_link).pathname;
    const draft = await rejection(store.client.fetch(`/store/trace${path}`));
    expect(draft.status).toBe(404);

    const published = await t.publish(record.id);
    const { trace } = await store.client.fetch<{
      trace: {
        lot: string;
        product: { id: string } | null;
        makers: { id: string }[];
        events: Record<string, unknown>[];
        ocop_stars: number | null;
        marks: { handle: string; use: { allowed: boolean; reason?: string } }[];
        verification: Verification;
        fingerprint: string;
        sample: boolean;
      };
    }>(`/store/trace${path}`);
    expect(trace.lot).toBe("KT-PUBLIC-1");
    expect(trace.product?.id).toBe(product.id);
    expect(trace.makers.map((maker) => maker.id)).toEqual(t.makers);
    expect(trace.events.map((event) => event.type)).toEqual(TRACE_STEPS.map((step) => step.type));
    expect(trace.events[0]).not.toHaveProperty("hash");
    expect(trace.events[0]).not.toHaveProperty("recorded_by_id");
    expect(trace.ocop_stars).toBe(4);
    expect(trace.sample).toBe(true);
    expect(trace.fingerprint).toBe(published.published_head_hash?.slice(0, 8));
    expect(trace.verification).toMatchObject({ intact: true, published: true });
    expect(trace.marks.map((entry) => [entry.handle, entry.use.allowed])).toEqual([[held, true]]);

    // The maker's authorisation ends and a step's date is changed behind the application's back.
    await db.query(`update mark_authorisation set valid_to = '2020-12-31' where mark_id = $1`, [mark.id]);
    await db.query(
      `update trace_event set occurred_on = '2026-02-01' where record_id = $1 and sequence = 3`,
      [record.id],
    );
    const after = await store.client.fetch<{
      trace: { verification: Verification; marks: { use: { allowed: boolean; reason?: string } }[] };
    }>(`/store/trace${path}`);
    expect(after.trace.verification).toEqual({
      intact: false,
      first_bad_sequence: 3,
      reason: "event_changed",
    });
    expect(after.trace.marks[0].use).toEqual({ allowed: false, reason: "expired", valid_to: "2020-12-31" });

    const short = path.replace(/\/01\/0/, "/01/");
    expect((await store.client.fetch<{ trace: { lot: string } }>(`/store/trace${short}`)).trace.lot).toBe(
      "KT-PUBLIC-1",
    );
    for (const bad of [
      path.replace(/KT-PUBLIC-1$/, "KT-UNKNOWN"),
      path.replace(/\d\/10\//, (match) => `${(Number(match[0]) + 1) % 10}/10/`),
      path.replace("/10/", "/17/"),
    ]) {
      const refused = await rejection(store.client.fetch(`/store/trace${bad}`));
      expect([bad, refused.status]).toEqual([bad, 404]);
    }
  });
});
