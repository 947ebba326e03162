import { describe, expect, it } from "vitest";
import { assertCset82 } from "../../commerce/src/lib/gs1/index.ts";
import { errorCodeOf } from "../../site/lib/portal/api-error.ts";
import { materialRowsAfter } from "../../site/lib/portal/material-rows.ts";
import {
  checkTraceRecordForm,
  checkTraceStepForm,
  emptyTraceRecordForm,
  emptyTraceStepForm,
  randomSuffix,
  suggestTraceCode,
  type TraceRecordFormValues,
} from "../../site/lib/portal/trace-form.ts";

const choices = { productIds: ["prod_1", "prod_2"], coMakerIds: ["art_b", "art_c"] };
const cotton = { name: "Sợi bông", origin: "Trồng trên rẫy của làng", nameEn: "Cotton yarn", originEn: "" };
const filled: TraceRecordFormValues = {
  ...emptyTraceRecordForm("KT260314-K7P", "prod_1", [cotton]),
  batchSize: "8",
  coMakers: ["art_b", "art_b"],
};

describe("the new-record form of the portal", () => {
  it("suggests a number the tag can carry: KT, the day, a suffix without look-alike characters", () => {
    expect(suggestTraceCode("2026-03-14", "K7P")).toBe("KT260314-K7P");
    for (let round = 0; round < 50; round += 1) {
      const suffix = randomSuffix();
      expect(suffix).toMatch(/^[A-HJ-NP-Z2-9]{3}$/);
      expect(assertCset82(suggestTraceCode("2026-12-31", suffix), "batch/lot (AI 10)")).toHaveLength(12);
    }
  });

  it("turns a batch into the body of POST /artisan/trace-records: lot, pieces, materials with English kept", () => {
    const { body, errors } = checkTraceRecordForm(filled, choices);
    expect(errors).toEqual({});
    expect(body).toEqual({
      kind: "batch",
      product_id: "prod_1",
      lot: "KT260314-K7P",
      batch_size: 8,
      co_makers: ["art_b"],
      materials: [{ name: { vi: "Sợi bông", en: "Cotton yarn" }, origin: { vi: "Trồng trên rẫy của làng" } }],
    });
  });

  it("sends a single piece with its serial number and no batch size", () => {
    const { body } = checkTraceRecordForm({ ...filled, kind: "piece", batchSize: "" }, choices);
    expect(body).toMatchObject({ kind: "piece", serial: "KT260314-K7P" });
    expect(body).not.toHaveProperty("lot");
    expect(body).not.toHaveProperty("batch_size");
  });

  it("names each wrong field with the message the artisan reads", () => {
    const { body, errors } = checkTraceRecordForm(
      {
        productId: "prod_other",
        kind: "batch",
        code: "Lô 1",
        batchSize: "0",
        materials: [{ ...cotton, origin: "" }],
        coMakers: ["art_stranger"],
      },
      choices,
    );
    expect(body).toBeUndefined();
    expect(errors).toEqual({
      productId: "trace_product_required",
      code: "trace_code_invalid",
      batchSize: "trace_batch_size_invalid",
      materials: "material_incomplete",
      coMakers: "trace_co_maker_invalid",
    });
    const empty = checkTraceRecordForm({ ...filled, kind: "", code: "A".repeat(21), materials: [] }, choices);
    expect(empty.errors).toEqual({
      kind: "trace_kind_required",
      code: "trace_code_invalid",
      materials: "trace_materials_required",
    });
    const markup = checkTraceRecordForm(
      { ...filled, materials: [{ ...cotton, name: "<b>bông</b>" }] },
      choices,
    );
    expect(markup.errors).toEqual({ materials: "markup_not_allowed" });
  });

  it("adds and removes material rows without losing the others", () => {
    const rows = materialRowsAfter("add-material", [cotton]);
    expect(rows).toHaveLength(2);
    expect(materialRowsAfter("remove-material:0", rows ?? [])).toEqual([
      { name: "", origin: "", nameEn: "", originEn: "" },
    ]);
    expect(materialRowsAfter("save", [cotton])).toBeUndefined();
  });
});

describe("the add-a-step form of the portal", () => {
  const today = "2026-03-14";
  const step = {
    ...emptyTraceStepForm(today, "Làng Kon K'Tu"),
    type: "dyed",
    description: "Nhuộm sợi bằng lá chàm",
  };

  it("sends the step in Vietnamese, dated today by default", () => {
    expect(checkTraceStepForm(step, today)).toEqual({
      errors: {},
      body: {
        type: "dyed",
        occurred_on: today,
        place: { vi: "Làng Kon K'Tu" },
        description: { vi: "Nhuộm sợi bằng lá chàm" },
      },
    });
  });

  it("refuses a day still to come, a day not in the calendar, no step type and an empty place", () => {
    expect(checkTraceStepForm({ ...step, occurredOn: "2026-03-15" }, today).errors).toEqual({
      occurredOn: "trace_date_invalid",
    });
    expect(checkTraceStepForm({ ...step, occurredOn: "2026-02-30" }, today).errors).toEqual({
      occurredOn: "trace_date_invalid",
    });
    expect(
      checkTraceStepForm({ ...step, type: "painted", place: "", description: "" }, today).errors,
    ).toEqual({
      type: "trace_step_type_required",
      place: "trace_place_required",
      description: "trace_description_required",
    });
  });

  it("explains the trace routes' field codes in the artisan's words", () => {
    expect(errorCodeOf(400, { code: "invalid_lot" })).toBe("trace_code_invalid");
    expect(errorCodeOf(400, { code: "invalid_serial" })).toBe("trace_code_invalid");
    expect(errorCodeOf(400, { code: "invalid_occurred_on" })).toBe("trace_date_invalid");
    expect(errorCodeOf(400, { code: "invalid_co_makers" })).toBe("trace_co_maker_invalid");
    expect(errorCodeOf(400, { code: "trace_not_published" })).toBe("trace_not_published");
  });
});
