import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_COMPANY_PREFIX, isValidGtin } from "../../commerce/src/lib/gs1/index.ts";
import { createOneSizeProduct } from "../harness/catalog.ts";
import { rejection } from "../harness/medusa-clients.ts";
import { traceFixture, type TraceFixture, type TraceRecord } from "../harness/trace.ts";

// A curator or an artisan records a batch without knowing GS1: the record gets the product's GTIN, or the
// next one under the company prefix (the demo prefix on the test stack), and one GTIN never names two products.
const stack = inject("stack");
let t: TraceFixture;

const newProduct = async (title: string) =>
  (await createOneSizeProduct(t.admin, { title, prices: [{ currency_code: "vnd", amount: 250_000 }] })).id;

/** Creates a record with the fixture's body but no GTIN. */
const createWithoutGtin = async (lot: string, productId: string): Promise<TraceRecord> => {
  const { gtin: _given, ...body } = t.recordBody(lot, productId);
  return (
    await t.admin.client.fetch<{ trace_record: TraceRecord }>("/admin/trace-records", {
      method: "POST",
      body,
    })
  ).trace_record;
};

beforeAll(async () => {
  t = await traceFixture(stack);
});

describe("trace records: GTIN allocation", () => {
  it("gives a product without records a new GTIN under the company prefix, and reuses it for its next batch", async () => {
    const productId = await newProduct("Túi thổ cẩm GTIN (mẫu)");
    const first = await createWithoutGtin("KT-GTIN-A1", productId);
    expect(first.gtin).toMatch(new RegExp(`^0${DEMO_COMPANY_PREFIX}\\d{6}$`));
    expect(isValidGtin(first.gtin)).toBe(true);

    const second = await createWithoutGtin("KT-GTIN-A2", productId);
    expect(second.gtin).toBe(first.gtin);

    const other = await createWithoutGtin("KT-GTIN-B1", await newProduct("Gùi GTIN (mẫu)"));
    expect(other.gtin).not.toBe(first.gtin);
    expect(isValidGtin(other.gtin)).toBe(true);
  });

  it("refuses a GTIN that already names another product, and creates nothing", async () => {
    const owner = await t.createRecord("KT-GTIN-OWN");
    const otherProduct = await newProduct("Khăn GTIN khác (mẫu)");
    const refused = await rejection(
      t.admin.client.fetch("/admin/trace-records", {
        method: "POST",
        body: { ...t.recordBody("KT-GTIN-STEAL", otherProduct), gtin: owner.gtin },
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.message).toContain("another product");

    const { trace_records } = await t.admin.client.fetch<{ trace_records: TraceRecord[] }>(
      "/admin/trace-records",
      { query: { product_id: otherProduct } },
    );
    expect(trace_records).toEqual([]);
  });
});
