import { describe, expect, it } from "vitest";
import type { ArtisanMark } from "../../commerce/src/api/artisan/marks/types.ts";
import {
  authorisationStatus,
  currentMemberCount,
} from "../../commerce/src/modules/trace/marks/authorisation-status.ts";
import { markRefusals, markRefusalsOf } from "../../commerce/src/modules/trace/marks/mark-refusals.ts";
import type { MarkForUse } from "../../commerce/src/modules/trace/marks/mark-use.ts";
import { markChoices } from "../../site/lib/portal/mark-choices.ts";
import { changedFields } from "../../site/lib/portal/product-changes.ts";
import {
  checkProductForm,
  emptyProductForm,
  fieldOfCode,
  valuesOfForm,
} from "../../site/lib/portal/product-form.ts";
import type { ArtisanProduct } from "../../site/lib/portal/types.ts";

const registry: MarkForUse[] = [
  {
    handle: "tho-cam-mau",
    authorisations: [{ artisan_id: "art_A", valid_from: "2025-01-01", valid_to: null }],
  },
  {
    handle: "gui-mau",
    authorisations: [
      { artisan_id: "art_A", valid_from: "2024-01-01", valid_to: "2024-12-31" },
      { artisan_id: "art_B", valid_from: "2026-01-01", valid_to: "2026-06-30" },
    ],
  },
];

describe("which marks a product may not show", () => {
  it("names each refused mark once, in the order given, with its reason and date", () => {
    expect(
      markRefusals(["tho-cam-mau", "khong-co", "gui-mau", "khong-co"], registry, "art_A", "2026-03-14"),
    ).toEqual([
      { handle: "khong-co", reason: "unknown_mark" },
      { handle: "gui-mau", reason: "expired", valid_to: "2024-12-31" },
    ]);
    expect(markRefusals(["tho-cam-mau", "gui-mau"], registry, "art_C", "2026-03-14")).toEqual([
      { handle: "tho-cam-mau", reason: "not_member" },
      { handle: "gui-mau", reason: "not_member" },
    ]);
    expect(markRefusals(["gui-mau"], registry, "art_B", "2025-12-31")).toEqual([
      { handle: "gui-mau", reason: "not_yet_valid", valid_from: "2026-01-01" },
    ]);
    expect(markRefusals([], registry, "art_A", "2026-03-14")).toEqual([]);
  });

  it("refuses every known mark of a product without a maker, and still calls an unknown one unknown", () => {
    expect(markRefusals(["tho-cam-mau", "khong-co"], registry, null, "2026-03-14")).toEqual([
      { handle: "tho-cam-mau", reason: "no_maker" },
      { handle: "khong-co", reason: "unknown_mark" },
    ]);
  });

  it("reads the refusals back from a response body or a serialised error, and nothing else", () => {
    const refusals = [{ handle: "gui-mau", reason: "expired", valid_to: "2024-12-31" }];
    expect(markRefusalsOf({ code: "mark_not_allowed", message: "…", refusals })).toEqual(refusals);
    expect(markRefusalsOf({ code: "invalid_data", refusals })).toBeUndefined();
    expect(
      markRefusalsOf({ code: "mark_not_allowed", refusals: [{ handle: "x", reason: "nope" }] }),
    ).toBeUndefined();
    expect(markRefusalsOf("mark_not_allowed")).toBeUndefined();
  });
});

describe("an authorisation's status on a day (Vietnam time)", () => {
  const period = { valid_from: "2026-01-01", valid_to: "2026-12-31" };
  it("is current from its first to its last day, both included", () => {
    expect(authorisationStatus(period, "2025-12-31")).toBe("not_yet_valid");
    expect(authorisationStatus(period, "2026-01-01")).toBe("current");
    expect(authorisationStatus(period, "2026-12-31")).toBe("current");
    expect(authorisationStatus(period, "2027-01-01")).toBe("expired");
    expect(authorisationStatus({ valid_from: "2026-01-01", valid_to: null }, "2099-01-01")).toBe("current");
    // 31 Dec 2026, 18:00 UTC is already 1 January 2027 in Vietnam.
    expect(authorisationStatus(period, new Date(Date.UTC(2026, 11, 31, 18)))).toBe("expired");
  });

  it("counts each current member once", () => {
    const authorisations = [
      { artisan_id: "art_A", valid_from: "2025-01-01", valid_to: null },
      { artisan_id: "art_A", valid_from: "2026-01-01", valid_to: null },
      { artisan_id: "art_B", valid_from: "2020-01-01", valid_to: "2020-12-31" },
      { artisan_id: "art_C", valid_from: "2026-03-01", valid_to: "2026-03-31" },
    ];
    expect(currentMemberCount(authorisations, "2026-03-14")).toBe(2);
    expect(currentMemberCount(authorisations, "2026-04-01")).toBe(1);
  });
});

describe("the portal's marks field", () => {
  const marks: ArtisanMark[] = [
    {
      handle: "tho-cam-mau",
      kind: "collective",
      name: { vi: "Thổ cẩm mẫu", en: "Sample brocade" },
      owner: "HTX dệt mẫu",
      registration_number: null,
      use: { allowed: true, valid_from: "2025-01-01", valid_to: "2026-12-31" },
    },
    {
      handle: "gui-mau",
      kind: "geographical_indication",
      name: { vi: "Gùi mẫu" },
      owner: "Hội nghề mẫu",
      registration_number: null,
      use: { allowed: false, reason: "not_member" },
    },
  ];

  it("says which marks the artisan may use, and why a refused one was refused, in Vietnamese", () => {
    const choices = markChoices(
      marks,
      ["gui-mau", "cu-khong-con"],
      [{ handle: "gui-mau", reason: "not_member" }],
      "vi",
    );
    expect(choices.map((choice) => [choice.handle, choice.checked, choice.allowed])).toEqual([
      ["tho-cam-mau", false, true],
      ["gui-mau", true, false],
      ["cu-khong-con", true, false],
    ]);
    expect(choices[0].status).toBe("Bạn được phép dùng đến hết ngày 31 tháng 12, 2026.");
    expect(choices[0].detail).toBe("Nhãn hiệu tập thể · HTX dệt mẫu");
    expect(choices[1].refusal).toBe("Bạn không phải thành viên được phép dùng chỉ dẫn địa lý “Gùi mẫu”.");
    expect(choices[2].status).toBe("Nhãn hiệu này không còn trong sổ đăng ký.");
    const unticked = markChoices(marks, [], undefined, "vi");
    expect(unticked.map((choice) => choice.handle)).toEqual(["tho-cam-mau", "gui-mau"]);
    expect(unticked[1].status).toBe("Bạn chưa được cấp quyền dùng nhãn hiệu này.");
    expect(markChoices([...marks].reverse(), [], undefined, "vi")[0].handle).toBe("tho-cam-mau");
  });

  it("words an expired right in English with its date", () => {
    const [choice] = markChoices(
      marks.slice(0, 1),
      ["tho-cam-mau"],
      [{ handle: "tho-cam-mau", reason: "expired", valid_to: "2024-12-31" }],
      "en",
    );
    expect(choice.refusal).toBe(
      "Your right to use the collective mark “Sample brocade” expired on December 31, 2024.",
    );
  });

  it("keeps the ticked marks, sends them only when they changed, and puts a refusal beside the field", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      title_vi: "Khăn thổ cẩm",
      craft: "brocade-weaving",
      price: "450000",
      stock: "2",
    })) {
      form.set(name, value);
    }
    form.append("mark", "tho-cam-mau");
    form.append("mark", "tho-cam-mau");
    const values = valuesOfForm(form);
    expect(values.marks).toEqual(["tho-cam-mau"]);
    const { body } = checkProductForm(values);
    expect(body?.marks).toEqual(["tho-cam-mau"]);
    expect(checkProductForm({ ...emptyProductForm(), marks: ["Không hợp lệ"] }).errors.marks).toBe(
      "mark_not_allowed",
    );
    expect(fieldOfCode("mark_not_allowed")).toBe("marks");
    const product: ArtisanProduct = {
      id: "prod_1",
      handle: "khan-tho-cam",
      status: "published",
      rejection_reason: null,
      title: { vi: "Khăn thổ cẩm", en: "" },
      description: { vi: "", en: "" },
      craft: "brocade-weaving",
      materials: [],
      marks: ["tho-cam-mau"],
      price_vnd: 450000,
      stock: 2,
      dimensions: { length_cm: null, width_cm: null, height_cm: null, weight_g: null },
      photos: [],
      thumbnail: null,
      updated_at: "2026-01-01T00:00:00Z",
    };
    expect(changedFields(body!, product)).toEqual({});
    expect(changedFields({ ...body!, marks: [] }, product)).toEqual({ marks: [] });
  });
});
