import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rejection } from "../harness/medusa-clients.ts";
import { readQr } from "../harness/qr.ts";
import { TRACE_STEPS, traceFixture, type TraceFixture, type TraceRecord } from "../harness/trace.ts";

// A curator corrects a draft before publishing it (never after), and prints the tags of published records:
// one per piece of a batch, each QR code leading to its record's public page.
const stack = inject("stack");
let t: TraceFixture;
let token: string;

beforeAll(async () => {
  t = await traceFixture(stack);
  token = (await t.admin.client.getToken()) ?? "";
});

const update = (id: string, body: Record<string, unknown>) =>
  t.admin.client.fetch<{ trace_record: TraceRecord & Record<string, unknown> }>(
    `/admin/trace-records/${id}`,
    {
      method: "POST",
      body,
    },
  );

/** GET /admin/trace-records/tags as the admin (or without signing in). */
const tagSheet = (query: string, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) =>
  fetch(`${stack.medusa}/admin/trace-records/tags?${query}`, { headers });

/** The tags of a sheet: record id, the link it says it holds, and its QR code's SVG. */
function tagsOf(html: string) {
  return [
    ...html.matchAll(
      /<article class="tag" data-record-id="([^"]+)" data-digital-link="([^"]+)">([\s\S]*?)<\/article>/g,
    ),
  ].map(([, id, link, inner]) => ({
    id,
    link,
    svg: inner.match(/<svg class="qr"[\s\S]*?<\/svg>/)?.[0] ?? "",
    fingerprint: inner.match(/data-fingerprint>([0-9a-f]+)</)?.[1],
    sample: inner.includes("MẪU · SAMPLE"),
  }));
}

describe("trace records: correcting a draft", () => {
  it("changes a draft's makers, materials, lot and batch size, then refuses any change once published", async () => {
    const record = await t.createRecord("KT-FIX-1");
    const materials = [
      {
        name: { vi: "Sợi bông nhuộm chàm", en: "Indigo-dyed cotton yarn" },
        origin: { vi: "Rẫy của làng (dữ liệu mẫu)" },
      },
    ];
    const { trace_record: corrected } = await update(record.id, {
      lot: "KT-FIX-1B",
      makers: [...t.makers].reverse(),
      materials,
      batch_size: 10,
    });
    expect(corrected).toMatchObject({
      lot: "KT-FIX-1B",
      makers: [...t.makers].reverse(),
      batch_size: 10,
      materials,
    });
    expect(corrected.digital_link).toMatch(/\/10\/KT-FIX-1B$/);
    expect(corrected.gtin).toBe(record.gtin);

    await t.append(record.id, TRACE_STEPS[0]);
    await t.publish(record.id);
    expect(await t.verify(record.id)).toMatchObject({ intact: true, published: true });

    const refused = await rejection(update(record.id, { batch_size: 12 }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("published records cannot be changed; append an event instead");
    const { trace_record: after } = await t.admin.client.fetch<{
      trace_record: TraceRecord & { batch_size: number };
    }>(`/admin/trace-records/${record.id}`);
    expect(after.batch_size).toBe(10);
    expect(await t.verify(record.id)).toMatchObject({ intact: true });
  });

  it("refuses a serial on a batch, a lot another record has, an unknown maker, and an empty change", async () => {
    const first = await t.createRecord("KT-FIX-2");
    // Another batch of the same product and GTIN, whose lot the correction then tries to take.
    const sibling = (
      await t.admin.client.fetch<{ trace_record: TraceRecord }>("/admin/trace-records", {
        method: "POST",
        body: { ...t.recordBody("KT-FIX-4"), gtin: first.gtin },
      })
    ).trace_record;

    const serial = await rejection(update(first.id, { serial: "S-1" }));
    expect(serial.status).toBe(400);
    expect(serial.message).toMatch(/is a batch/);
    const lotTaken = await rejection(update(first.id, { lot: sibling.lot }));
    expect(lotTaken.status).toBe(422);
    expect(lotTaken.message).toMatch(/already has a trace record for batch KT-FIX-4/);
    const unknownMaker = await rejection(update(first.id, { makers: ["art_DOES_NOT_EXIST"] }));
    expect(unknownMaker.status).toBe(404);
    const empty = await rejection(update(first.id, {}));
    expect(empty.status).toBe(400);
    const productChange = await rejection(update(first.id, { product_id: "prod_other" }));
    expect(productChange.status).toBe(400);

    const { trace_record: unchanged } = await t.admin.client.fetch<{ trace_record: TraceRecord }>(
      `/admin/trace-records/${first.id}`,
    );
    expect(unchanged.lot).toBe("KT-FIX-2");
  });
});

describe("trace records: the admin list", () => {
  it("shows each record's product, steps and status, filtered by product", async () => {
    const record = await t.publishedRecord("KT-LIST-1");
    const { trace_records } = await t.admin.client.fetch<{
      trace_records: (TraceRecord & {
        product: { title: string } | null;
        events_count: number;
        verification: { intact: boolean };
      })[];
    }>("/admin/trace-records", { query: { product_id: t.productId, limit: 200 } });
    const row = trace_records.find((candidate) => candidate.id === record.id);
    expect(row).toMatchObject({ events_count: 3, verification: { intact: true } });
    expect(row?.product?.title).toBeTruthy();
    expect(trace_records.every((candidate) => candidate.digital_link.includes("/01/"))).toBe(true);

    const { trace_record } = await t.admin.client.fetch<{
      trace_record: { events: { recorded_by_type: string; recorded_by_name: string | null }[] };
    }>(`/admin/trace-records/${record.id}`);
    expect(trace_record.events[0]).toMatchObject({ recorded_by_type: "user" });
    expect(trace_record.events[0].recorded_by_name).toBeTruthy();
  });
});

describe("trace records: the printable tag sheet", () => {
  it("prints a batch's tag once per piece, and every QR code reads back as its record's Digital Link", async () => {
    const batch = await t.publishedRecord("KT-TAGS-1");
    const other = await t.publishedRecord("KT-TAGS-2");
    const response = await tagSheet(`ids=${batch.id},${other.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    const tags = tagsOf(html);
    expect(tags.map((tag) => tag.id)).toEqual([...Array(6).fill(batch.id), ...Array(6).fill(other.id)]);
    const links = new Map([batch, other].map((record) => [record.id, record]));
    for (const tag of tags) {
      const record = links.get(tag.id)!;
      const png = await sharp(Buffer.from(tag.svg)).resize(300, 300).png().toBuffer();
      expect(await readQr(png)).toBe(record.digital_link);
      expect(tag.fingerprint).toBe(record.published_head_hash?.slice(0, 8));
      expect(tag.sample).toBe(true);
    }
    // The storefront's domain under each code, as on the link itself.
    expect(html.split(`<div class="domain">${new URL(batch.digital_link).host}</div>`).length - 1).toBe(12);

    const copies = tagsOf(await (await tagSheet(`ids=${batch.id}&copies=2&lang=en`)).text());
    expect(copies).toHaveLength(2);
  });

  it("refuses drafts (their codes lead nowhere yet) and unknown records, in the admin's language in a browser", async () => {
    const published = await t.publishedRecord("KT-TAGS-3");
    const draft = await t.createRecord("KT-TAGS-DRAFT");
    const refused = await tagSheet(`ids=${published.id},${draft.id}`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toMatch(
      /Still drafts: KT-TAGS-DRAFT .*Publish them before printing/,
    );

    const page = await tagSheet(`ids=${draft.id}&lang=vi`, {
      Authorization: `Bearer ${token}`,
      Accept: "text/html,application/xhtml+xml",
    });
    expect(page.status).toBe(400);
    const text = await page.text();
    expect(text).toContain("Không in được tem");
    expect(text).toContain("Còn bản nháp: KT-TAGS-DRAFT");

    expect((await tagSheet("ids=trace_DOES_NOT_EXIST")).status).toBe(404);
    expect((await tagSheet("copies=2")).status).toBe(400);
  });

  it("answers 401 without an admin session", async () => {
    const record = await t.publishedRecord("KT-TAGS-4");
    const response = await tagSheet(`ids=${record.id}`, {});
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("<svg");
  });
});
