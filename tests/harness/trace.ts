import type Medusa from "@medusajs/js-sdk";
import pg from "pg";
import { buildGtin13, DEMO_COMPANY_PREFIX } from "../../commerce/src/lib/gs1/index.ts";
import { createOneSizeProduct } from "./catalog.ts";
import { adminClient } from "./medusa-clients.ts";
import type { TestStackInfo } from "./test-stack.ts";

/** The parts of the admin API's trace answers that tests look at. */
export interface TraceEvent {
  id: string;
  sequence: number;
  type: string;
  prev_hash: string;
  hash: string;
  recorded_by_type: string;
  recorded_by_id: string;
}

export interface TraceRecord {
  id: string;
  gtin: string;
  lot: string | null;
  serial: string | null;
  published_at: string | null;
  published_sequence: number | null;
  published_head_hash: string | null;
  digital_link: string;
  metadata: { sample?: boolean } | null;
  events: TraceEvent[];
}

export type Verification =
  | { intact: true; published: boolean; events: number; events_after_publication: number }
  | { intact: false; first_bad_sequence: number; reason: string };

/** Three production steps of a brocade batch (sample data). */
export const TRACE_STEPS = [
  {
    type: "material_sourced",
    occurred_on: "2026-01-10",
    description: { vi: "Hái bông trên rẫy", en: "Cotton picked" },
  },
  { type: "dyed", occurred_on: "2026-01-20", description: { vi: "Nhuộm chàm", en: "Dyed with indigo" } },
  { type: "woven", occurred_on: "2026-02-14", description: { vi: "Dệt trên khung dệt đeo lưng" } },
];
export type TraceStep = (typeof TRACE_STEPS)[number];

const PLACE = { vi: "Làng Kon K'Tu", en: "Kon K'Tu village" };

// Each test file makes its own GTINs (item references from the clock) so runs on one stack never collide.
let itemReference = Date.now() % 90_000;

/** An admin client, a product of its own and two seeded artisans, and the trace calls tests make. */
export async function traceFixture(stack: TestStackInfo) {
  const admin: Medusa = await adminClient(stack);
  // A product of the file's own (deleted when the file ends), so that its records never crowd a sample
  // product's "check origin" links.
  const { id: productId } = await createOneSizeProduct(admin, {
    title: `Khăn thử truy xuất ${itemReference} (mẫu)`,
    prices: [{ currency_code: "vnd", amount: 300_000 }],
  });
  const { artisans } = await admin.client.fetch<{ artisans: { id: string }[] }>("/admin/artisans", {
    query: { limit: 2 },
  });
  const makers = artisans.map((artisan) => artisan.id);

  /** The body of a new batch record, GTIN under the demo prefix 952. */
  const recordBody = (lot: string, product = productId) => ({
    kind: "batch",
    product_id: product,
    gtin: buildGtin13(DEMO_COMPANY_PREFIX, (itemReference += 1)),
    lot,
    makers,
    village_handle: "kon-k-tu",
    ethnic_group: "ba-na",
    materials: [
      {
        name: { vi: "Sợi bông", en: "Cotton yarn" },
        origin: {
          vi: "Bông trồng trong làng (dữ liệu mẫu)",
          en: "Cotton grown in the village (sample data)",
        },
      },
      { name: { vi: "Chàm", en: "Indigo" }, origin: { vi: "Lá chàm trồng trong vườn nhà" } },
    ],
    batch_size: 6,
    metadata: { sample: true },
  });

  const createRecord = async (lot: string, product = productId): Promise<TraceRecord> =>
    (
      await admin.client.fetch<{ trace_record: TraceRecord }>("/admin/trace-records", {
        method: "POST",
        body: recordBody(lot, product),
      })
    ).trace_record;

  const append = async (id: string, step: TraceStep): Promise<TraceEvent> =>
    (
      await admin.client.fetch<{ trace_event: TraceEvent }>(`/admin/trace-records/${id}/events`, {
        method: "POST",
        body: { ...step, place: PLACE },
      })
    ).trace_event;

  const publish = async (id: string): Promise<TraceRecord> =>
    (
      await admin.client.fetch<{ trace_record: TraceRecord }>(`/admin/trace-records/${id}/publish`, {
        method: "POST",
      })
    ).trace_record;

  const verify = async (id: string): Promise<Verification> =>
    (await admin.client.fetch<{ verification: Verification }>(`/admin/trace-records/${id}/verify`))
      .verification;

  /** A record with the three steps, published. */
  const publishedRecord = async (lot: string, product = productId): Promise<TraceRecord> => {
    const record = await createRecord(lot, product);
    for (const step of TRACE_STEPS) await append(record.id, step);
    return publish(record.id);
  };

  return { admin, productId, makers, recordBody, createRecord, append, publish, verify, publishedRecord };
}

export type TraceFixture = Awaited<ReturnType<typeof traceFixture>>;

/**
 * The trace fixture, and a Postgres connection of the test's own (to change rows behind the
 * application's back); the test ends the connection.
 */
export async function traceFixtureWithDatabase(
  stack: TestStackInfo,
): Promise<{ t: TraceFixture; db: pg.Client }> {
  const t = await traceFixture(stack);
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  return { t, db };
}
