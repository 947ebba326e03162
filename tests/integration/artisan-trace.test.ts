import { beforeAll, describe, expect, inject, it } from "vitest";
import type {
  ArtisanTraceRecordResponse,
  ArtisanTraceRecordsResponse,
} from "../../commerce/src/lib/artisan-trace/types.ts";
import type { StoreTraceResponse } from "../../commerce/src/api/store/trace/types.ts";
import { DEMO_COMPANY_PREFIX, digitalLinkPath, isValidGtin } from "../../commerce/src/lib/gs1/index.ts";
import {
  artisanFetch,
  createArtisanAccount,
  expectJson,
  uniqueSuffix,
  type ArtisanAccount,
} from "../harness/artisans.ts";
import { createArtisanProduct, expectError } from "../harness/artisan-products.ts";
import { adminClient, storeClient } from "../harness/medusa-clients.ts";
import { readQr } from "../harness/qr.ts";
import type { TraceRecord, Verification } from "../harness/trace.ts";

// Artisans record the story of their own pieces from the portal: the same workflows as the admin, the
// artisan as the recorder of each step, a GTIN they never type, and nothing of anyone else's.
const stack = inject("stack");
const store = storeClient(stack);
let maker: ArtisanAccount;
let neighbour: ArtisanAccount;
let stranger: ArtisanAccount;
let productId: string;
let strangerProductId: string;

type PortalRecord = ArtisanTraceRecordResponse["trace_record"];

const MATERIALS = [
  {
    name: { vi: "Mây rừng", en: "Forest rattan" },
    origin: { vi: "Rừng cộng đồng của làng (dữ liệu thử nghiệm)" },
  },
];
const STEPS = [
  {
    type: "material_sourced",
    occurred_on: "2026-01-05",
    place: { vi: "Rừng cộng đồng làng Kon K'Tu" },
    description: { vi: "Chọn và chặt mây già (dữ liệu thử nghiệm)" },
  },
  {
    type: "woven",
    occurred_on: "2026-01-20",
    place: { vi: "Nhà sàn của gia đình" },
    description: { vi: "Đan thân gùi theo hoa văn mắt cáo" },
  },
];

const recordBody = (overrides: { [key: string]: unknown } = {}) => ({
  kind: "batch",
  product_id: productId,
  lot: `KT-${uniqueSuffix().toUpperCase()}`,
  batch_size: 6,
  materials: MATERIALS,
  ...overrides,
});

const call = (who: ArtisanAccount, path: string, init: Parameters<typeof artisanFetch>[3] = {}) =>
  artisanFetch(stack, who.token, path, init);

async function createRecord(who: ArtisanAccount, body: object): Promise<PortalRecord> {
  const response = await call(who, "/artisan/trace-records", { method: "POST", body });
  return (await expectJson<ArtisanTraceRecordResponse>(response, 201)).trace_record;
}

async function appendStep(who: ArtisanAccount, id: string, step: object): Promise<PortalRecord> {
  const response = await call(who, `/artisan/trace-records/${id}/events`, { method: "POST", body: step });
  return (await expectJson<ArtisanTraceRecordResponse>(response, 201)).trace_record;
}

/** The product's records as a curator sees them in the admin. */
async function adminRecordsOf(product: string): Promise<TraceRecord[]> {
  const admin = await adminClient(stack);
  const { trace_records } = await admin.client.fetch<{ trace_records: TraceRecord[] }>(
    "/admin/trace-records",
    {
      query: { product_id: product },
    },
  );
  return trace_records;
}

beforeAll(async () => {
  [maker, neighbour, stranger] = await Promise.all([
    createArtisanAccount(stack, { village_handle: "kon-k-tu", ethnic_group: "ba-na" }),
    createArtisanAccount(stack, { village_handle: "kon-k-tu", ethnic_group: "ba-na" }),
    createArtisanAccount(stack, { village_handle: "dak-rang", ethnic_group: "xo-dang" }),
  ]);
  [productId, strangerProductId] = (
    await Promise.all([createArtisanProduct(stack, maker), createArtisanProduct(stack, stranger)])
  ).map((product) => product.id);
});

describe("an artisan records the origin of their own product", () => {
  it("creates a draft with a GTIN of the shop, adds steps as the recorder, publishes, and the tag's page shows it", async () => {
    const draft = await createRecord(maker, recordBody({ co_makers: [neighbour.artisanId] }));
    expect(isValidGtin(draft.gtin)).toBe(true);
    expect(draft.gtin.startsWith(`0${DEMO_COMPANY_PREFIX}`)).toBe(true);
    expect(draft.status).toBe("draft");
    expect(draft.makers.map((one) => one.id)).toEqual([maker.artisanId, neighbour.artisanId]);
    expect(draft.makers[1].display_name).toMatch(/^Nghệ nhân /);
    expect(draft).toMatchObject({ village_handle: "kon-k-tu", ethnic_group: "ba-na", batch_size: 6 });
    expect(draft.digital_link).toMatch(new RegExp(`/01/${draft.gtin}/10/${draft.lot}$`));

    const early = await expectError(await call(maker, `/artisan/trace-records/${draft.id}/qr`), 400);
    expect(early.code).toBe("trace_not_published");
    const empty = await call(maker, `/artisan/trace-records/${draft.id}/publish`, { method: "POST" });
    expect((await expectError(empty, 400)).message).toMatch(/no events yet/);

    await appendStep(maker, draft.id, STEPS[0]);
    const stepped = await appendStep(maker, draft.id, STEPS[1]);
    expect(stepped.events.map((event) => [event.type, event.recorded_by_type, event.recorded_by_me])).toEqual(
      [
        ["material_sourced", "artisan", true],
        ["woven", "artisan", true],
      ],
    );

    const publishing = await call(maker, `/artisan/trace-records/${draft.id}/publish`, { method: "POST" });
    const published = (await expectJson<ArtisanTraceRecordResponse>(publishing, 200)).trace_record;
    expect(published.status).toBe("published");
    expect(published.fingerprint).toMatch(/^[0-9a-f]{8}$/);

    const listed = await expectJson<ArtisanTraceRecordsResponse>(
      await call(maker, "/artisan/trace-records"),
      200,
    );
    expect(listed.trace_records.find((record) => record.id === draft.id)).toMatchObject({
      status: "published",
      events_count: 2,
      product: { id: productId },
    });

    // The curator's view: the same chain, intact, each step recorded by the artisan.
    const admin = await adminClient(stack);
    const { verification } = await admin.client.fetch<{ verification: Verification }>(
      `/admin/trace-records/${draft.id}/verify`,
    );
    expect(verification).toMatchObject({ intact: true, published: true, events: 2 });
    const { trace_record } = await admin.client.fetch<{ trace_record: TraceRecord }>(
      `/admin/trace-records/${draft.id}`,
    );
    expect(trace_record.events.map((event) => [event.recorded_by_type, event.recorded_by_id])).toEqual([
      ["artisan", maker.artisanId],
      ["artisan", maker.artisanId],
    ]);

    // A buyer's phone: the tag's story says the artisan recorded each step.
    const path = digitalLinkPath({ kind: "batch", gtin: draft.gtin, lot: draft.lot ?? "" });
    const { trace } = await store.client.fetch<StoreTraceResponse>(`/store/trace${path}`);
    expect(trace.events.map((event) => [event.type, event.recorded_by_type])).toEqual([
      ["material_sourced", "artisan"],
      ["woven", "artisan"],
    ]);
    expect(trace.makers.map((one) => one.id)).toEqual([maker.artisanId, neighbour.artisanId]);
    expect(trace.fingerprint).toBe(published.fingerprint);

    const png = await call(maker, `/artisan/trace-records/${draft.id}/qr?format=png&width=400`);
    expect(png.status).toBe(200);
    expect(await readQr(Buffer.from(await png.arrayBuffer()))).toBe(draft.digital_link);
    const sheet = await call(maker, `/artisan/trace-records/${draft.id}/tags?copies=2`, {
      headers: { accept: "text/html" },
    });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const html = await sheet.text();
    expect(html.match(/data-digital-link="([^"]+)"/g)).toHaveLength(2);
    expect(html).toContain(published.fingerprint);
  });

  it("records a single piece with its serial number, and lists the co-makers of the village", async () => {
    const serial = `CH-${uniqueSuffix().toUpperCase()}`;
    const piece = await createRecord(
      maker,
      recordBody({ kind: "piece", lot: undefined, batch_size: undefined, serial }),
    );
    expect(piece).toMatchObject({ kind: "piece", serial, lot: null, batch_size: 1 });
    expect(piece.makers.map((one) => one.id)).toEqual([maker.artisanId]);

    const { artisans } = await expectJson<{ artisans: { id: string }[] }>(
      await call(maker, "/artisan/co-makers"),
      200,
    );
    const ids = artisans.map((artisan) => artisan.id);
    expect(ids).toContain(neighbour.artisanId);
    expect(ids).not.toContain(maker.artisanId);
    expect(ids).not.toContain(stranger.artisanId);
  });
});

describe("another artisan's product or record", () => {
  it("is not found, and nothing is created or appended", async () => {
    const record = await createRecord(maker, recordBody());
    await appendStep(maker, record.id, STEPS[0]);
    const before = (await adminRecordsOf(productId)).length;

    const taken = await call(stranger, "/artisan/trace-records", {
      method: "POST",
      body: recordBody({ product_id: productId }),
    });
    expect((await expectError(taken, 404)).type).toBe("not_found");
    const base = `/artisan/trace-records/${record.id}`;
    const attempts = await Promise.all([
      call(stranger, base),
      call(stranger, `${base}/events`, { method: "POST", body: STEPS[1] }),
      call(stranger, `${base}/publish`, { method: "POST" }),
      call(stranger, `${base}/qr`),
      call(stranger, `${base}/tags`),
    ]);
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);

    const mine = await expectJson<ArtisanTraceRecordResponse>(await call(maker, base), 200);
    expect(mine.trace_record.events).toHaveLength(1);
    expect(mine.trace_record.status).toBe("draft");
    const theirs = await expectJson<ArtisanTraceRecordsResponse>(
      await call(stranger, "/artisan/trace-records"),
      200,
    );
    expect(theirs.trace_records.map((one) => one.id)).not.toContain(record.id);
    expect(await adminRecordsOf(productId)).toHaveLength(before);
  });
});

describe("bad input", () => {
  it("is refused with 400 naming the field, and nothing is stored", async () => {
    const before = (await adminRecordsOf(productId)).length;
    const refusals: [object, string, RegExp][] = [
      [recordBody({ gtin: "9521234000017" }), "unknown_field", /gtin/],
      [recordBody({ makers: [stranger.artisanId] }), "unknown_field", /makers/],
      [recordBody({ lot: "Lô 1" }), "invalid_lot", /^lot: /],
      [recordBody({ lot: undefined }), "invalid_lot", /^lot: a batch has a batch\/lot number/],
      [recordBody({ kind: "piece" }), "invalid_serial", /^serial: /],
      [recordBody({ batch_size: 0 }), "invalid_batch_size", /batch_size/],
      [recordBody({ materials: [] }), "invalid_materials", /materials: at least one material/],
      [
        recordBody({ materials: [{ name: { vi: "<b>Mây</b>" }, origin: { vi: "Rừng" } }] }),
        "markup_not_allowed",
        /materials/,
      ],
      [recordBody({ co_makers: ["art_khong_co"] }), "invalid_co_makers", /co_makers/],
      [recordBody({ product_id: "" }), "invalid_product_id", /product_id/],
    ];
    for (const [body, code, message] of refusals) {
      const response = await call(maker, "/artisan/trace-records", { method: "POST", body });
      const error = await expectError(response, 400);
      expect([code, error.code, error.message]).toEqual([code, code, expect.stringMatching(message)]);
    }
    expect(await adminRecordsOf(productId)).toHaveLength(before);

    const record = await createRecord(maker, recordBody());
    const again = await call(maker, "/artisan/trace-records", {
      method: "POST",
      body: recordBody({ lot: record.lot }),
    });
    expect((await expectError(again, 422)).message).toMatch(/already has a trace record/);

    const badSteps: [object, string][] = [
      [{ ...STEPS[0], occurred_on: "2999-01-01" }, "invalid_occurred_on"],
      [{ ...STEPS[0], occurred_on: "2026-02-30" }, "invalid_occurred_on"],
      [{ ...STEPS[0], type: "painted" }, "invalid_type"],
      [{ ...STEPS[0], place: { vi: "" } }, "invalid_place"],
      [{ ...STEPS[0], description: { vi: "<script>alert(1)</script>" } }, "markup_not_allowed"],
    ];
    for (const [step, code] of badSteps) {
      const response = await call(maker, `/artisan/trace-records/${record.id}/events`, {
        method: "POST",
        body: step,
      });
      expect([code, (await expectError(response, 400)).code]).toEqual([code, code]);
    }
    const unchanged = await expectJson<ArtisanTraceRecordResponse>(
      await call(maker, `/artisan/trace-records/${record.id}`),
      200,
    );
    expect(unchanged.trace_record.events).toEqual([]);
  });

  it("a form posted to the portal from another site is refused before it reaches Medusa", async () => {
    const response = await fetch(`${stack.storefront}/portal/trace/new`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        intent: "save",
        product_id: strangerProductId,
        kind: "batch",
        code: "KT-EVIL",
      }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect((await adminRecordsOf(strangerProductId)).length).toBe(0);
  });
});
