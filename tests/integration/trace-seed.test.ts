import { beforeAll, describe, expect, inject, it } from "vitest";
import { traceFixture, type TraceFixture, type TraceRecord } from "../harness/trace.ts";

// The setup (`npm start`, and the test stack) seeds the sample trace records with the sample products:
// two published, intact records, once. (Running the whole setup again here would change the stack that
// the other files share; a second `npm start` on the same data is start-command.test.ts.)
const stack = inject("stack");
let t: TraceFixture;

beforeAll(async () => {
  t = await traceFixture(stack);
});

const SAMPLE_PRODUCTS = ["khan-choang-tho-cam", "gui-may-tre-dan"];

/** The published sample records of the sample products, as the admin lists them. */
async function sampleRecords(): Promise<TraceRecord[]> {
  const { products } = await t.admin.admin.product.list({ handle: SAMPLE_PRODUCTS, fields: "id" });
  const lists = await Promise.all(
    products.map(({ id }) =>
      t.admin.client.fetch<{ trace_records: TraceRecord[] }>("/admin/trace-records", {
        query: { product_id: id, limit: 200 },
      }),
    ),
  );
  return lists
    .flatMap((list) => list.trace_records)
    .filter((record) => record.metadata?.sample && /^DEMO-/.test(record.lot ?? record.serial ?? ""));
}

describe("sample trace records", () => {
  it("are seeded by the setup, published and intact, with demo GTINs, once", async () => {
    const seeded = await sampleRecords();
    expect(seeded.map((record) => record.lot ?? record.serial).sort()).toEqual([
      "DEMO-2026-01",
      "DEMO-GUI-0001",
    ]);
    for (const record of seeded) {
      expect(record.gtin).toMatch(/^0952/);
      expect(record.published_at).not.toBeNull();
      expect(await t.verify(record.id)).toMatchObject({ intact: true, published: true });
    }
  });
});
