import { describe, expect, it } from "vitest";
import {
  emptyTraceRecordForm,
  suggestTraceKey,
  toTraceRecordInput,
  type TraceRecordFormValues,
} from "../../commerce/src/admin/lib/trace-form.ts";
import { toTraceEventInput } from "../../commerce/src/admin/lib/trace-event-form.ts";
import type { Translate } from "../../commerce/src/admin/hooks/use-t.ts";
import { TraceRecordUpdateSchema } from "../../commerce/src/modules/trace/schemas.ts";

// A dictionary stand-in: the key itself, so the test reads which message the curator would see.
const t: Translate = (key) => key;

const filled: TraceRecordFormValues = {
  ...emptyTraceRecordForm({ id: "prod_1", title: "Khăn choàng thổ cẩm" }),
  key: "2026-01",
  makers: [{ id: "art_1", display_name: "Y Hlen (mẫu)", handle: "y-hlen", village_handle: "kon-k-tu" }],
  village_handle: "kon-k-tu",
  ethnic_group: "ba-na",
  materials: [{ name_vi: "Sợi bông", name_en: "", origin_vi: "Bông trồng trong làng", origin_en: "" }],
  batch_size: "8",
};

describe("the admin's trace record form", () => {
  it("suggests the year and the first free running number, per kind", () => {
    expect(suggestTraceKey("batch", 2026, [])).toBe("2026-01");
    expect(suggestTraceKey("batch", 2026, ["2026-01", "2026-03"])).toBe("2026-02");
    expect(suggestTraceKey("piece", 2026, ["2026-001"])).toBe("2026-002");
  });

  it("sends no GTIN unless one is typed, so the server assigns the product's", () => {
    const { data } = toTraceRecordInput(filled, t);
    expect(data).toMatchObject({
      kind: "batch",
      product_id: "prod_1",
      lot: "2026-01",
      serial: null,
      batch_size: 8,
    });
    expect(data).not.toHaveProperty("gtin");
    expect(toTraceRecordInput({ ...filled, gtin: "9521234000012" }, t).errors).toEqual({
      gtin: "trace.validation.gtin",
    });
  });

  it("says in the admin's words what is wrong with each field", () => {
    const { errors } = toTraceRecordInput(
      {
        ...filled,
        product: null,
        key: "Lô 1",
        makers: [],
        materials: [],
        batch_size: "0",
        village_handle: "Kon Tu",
      },
      t,
    );
    expect(errors).toMatchObject({
      product_id: "trace.validation.product",
      key: "trace.validation.keyCharacters",
      makers: "trace.validation.makers",
      materials: "trace.validation.materials",
      batch_size: "validation.positiveInt",
      village_handle: "validation.handle",
    });
    expect(toTraceRecordInput({ ...filled, key: "X".repeat(21) }, t).errors).toEqual({
      key: "trace.validation.keyLength",
    });
    expect(toTraceRecordInput({ ...filled, key: "  " }, t).errors).toEqual({ key: "validation.required" });
  });

  it("makes a single piece of batch size 1 with a serial", () => {
    const { data } = toTraceRecordInput({ ...filled, kind: "piece", key: "2026-001", batch_size: "" }, t);
    expect(data).toMatchObject({ kind: "piece", serial: "2026-001", lot: null, batch_size: 1 });
  });

  it("checks a step's date as a real calendar day", () => {
    const step = {
      type: "woven" as const,
      occurred_on: "2026-02-30",
      place_vi: "Làng Kon K'Tu",
      place_en: "",
      description_vi: "Dệt trên khung dệt đeo lưng",
      description_en: "",
    };
    expect(toTraceEventInput(step, t).errors).toEqual({ occurred_on: "trace.validation.date" });
    expect(toTraceEventInput({ ...step, occurred_on: "2026-02-14" }, t).data).toMatchObject({
      type: "woven",
      place: { vi: "Làng Kon K'Tu" },
    });
  });
});

describe("corrections to a draft (TraceRecordUpdateSchema, shared with the portal)", () => {
  it("takes any of the editable fields, and refuses an empty change, a lot with a serial, or the product", () => {
    expect(TraceRecordUpdateSchema.safeParse({ batch_size: 12 }).success).toBe(true);
    expect(TraceRecordUpdateSchema.safeParse({}).success).toBe(false);
    expect(TraceRecordUpdateSchema.safeParse({ lot: "A1", serial: "B1" }).success).toBe(false);
    expect(TraceRecordUpdateSchema.safeParse({ product_id: "prod_2" }).success).toBe(false);
    expect(TraceRecordUpdateSchema.safeParse({ kind: "piece" }).success).toBe(false);
    expect(TraceRecordUpdateSchema.safeParse({ lot: "Lô 1" }).success).toBe(false);
  });
});
