import { describe, expect, it } from "vitest";
import { markUse, vietnamDate, type MarkForUse } from "../../commerce/src/modules/trace/marks/mark-use.ts";

// A sample collective mark: one member authorised for 2025, renewed from mid-2026 after a gap; one open-ended.
const mark: MarkForUse = {
  handle: "tho-cam-mau",
  authorisations: [
    { artisan_id: "art_LAPSED", valid_from: "2025-01-01", valid_to: "2025-12-31" },
    { artisan_id: "art_LAPSED", valid_from: "2026-07-01", valid_to: null },
    { artisan_id: "art_MEMBER", valid_from: "2024-03-01", valid_to: null },
    { artisan_id: "art_FUTURE", valid_from: "2027-01-01", valid_to: "2029-12-31" },
  ],
};

describe("who may show a mark", () => {
  it("allows an authorised member within the period, both ends included", () => {
    expect(markUse(mark, "art_MEMBER", "2026-03-14")).toEqual({
      allowed: true,
      valid_from: "2024-03-01",
      valid_to: null,
    });
    expect(markUse(mark, "art_LAPSED", "2025-01-01")).toMatchObject({ allowed: true });
    expect(markUse(mark, "art_LAPSED", "2025-12-31")).toMatchObject({ allowed: true });
    expect(markUse(mark, "art_LAPSED", "2026-07-01")).toMatchObject({ allowed: true, valid_to: null });
  });

  it("refuses an expired authorisation and says when it ended", () => {
    expect(markUse(mark, "art_LAPSED", "2026-01-01")).toEqual({
      allowed: false,
      reason: "expired",
      valid_to: "2025-12-31",
    });
    expect(markUse(mark, "art_FUTURE", "2030-01-01")).toEqual({
      allowed: false,
      reason: "expired",
      valid_to: "2029-12-31",
    });
  });

  it("refuses an authorisation that has not started and says when it starts", () => {
    expect(markUse(mark, "art_FUTURE", "2026-12-31")).toEqual({
      allowed: false,
      reason: "not_yet_valid",
      valid_from: "2027-01-01",
    });
    expect(markUse(mark, "art_MEMBER", "2024-02-29")).toMatchObject({ reason: "not_yet_valid" });
  });

  it("refuses an artisan who is not a member", () => {
    expect(markUse(mark, "art_STRANGER", "2026-03-14")).toEqual({ allowed: false, reason: "not_member" });
    expect(markUse({ handle: "empty", authorisations: [] }, "art_MEMBER", "2026-03-14")).toEqual({
      allowed: false,
      reason: "not_member",
    });
  });

  it("refuses an unknown mark", () => {
    expect(markUse(undefined, "art_MEMBER", "2026-03-14")).toEqual({
      allowed: false,
      reason: "unknown_mark",
    });
    expect(markUse(null, "art_MEMBER", "2026-03-14")).toEqual({ allowed: false, reason: "unknown_mark" });
  });

  it("counts days in Vietnam time (UTC+7): 20:00 UTC on the last day is already the next day", () => {
    expect(vietnamDate(new Date("2025-12-31T16:59:59Z"))).toBe("2025-12-31");
    expect(vietnamDate(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
    expect(markUse(mark, "art_LAPSED", new Date("2025-12-31T16:00:00Z"))).toMatchObject({ allowed: true });
    expect(markUse(mark, "art_LAPSED", new Date("2025-12-31T20:00:00Z"))).toMatchObject({
      reason: "expired",
    });
  });

  it("refuses a date that is not a calendar day", () => {
    expect(() => markUse(mark, "art_MEMBER", "14/03/2026")).toThrow(/calendar day/);
  });
});
