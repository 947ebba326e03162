import { describe, expect, it } from "vitest";
import { formatMonths } from "../../site/components/festival/format-months.ts";
import { monthIn, nextFestival } from "../../site/components/festival/next-festival.ts";

const festivals = [
  { name: "new-rice", months: [10, 11, 12] },
  { name: "no-usual-time" },
  { name: "water-source", months: [3] },
];
const next = (iso: string) => nextFestival(new Date(iso), festivals, (festival) => festival.months);

describe("the next festival", () => {
  it("is the one whose usual months come soonest after today", () => {
    expect(next("2025-06-15T12:00:00Z")).toEqual({ festival: festivals[0], month: 10, monthsAway: 4 });
    expect(next("2025-01-10T12:00:00Z")).toMatchObject({ festival: festivals[2], month: 3, monthsAway: 2 });
  });

  it("is a festival of the current month, said to be this month", () => {
    expect(next("2025-11-20T12:00:00Z")).toMatchObject({ festival: festivals[0], month: 11, monthsAway: 0 });
    expect(next("2025-03-01T12:00:00Z")).toMatchObject({ festival: festivals[2], monthsAway: 0 });
  });

  it("wraps around the year: in December, March comes after December's festival", () => {
    const marchOnly = [festivals[2]!];
    expect(nextFestival(new Date("2025-12-05T00:00:00Z"), marchOnly, (f) => f.months)).toMatchObject({
      month: 3,
      monthsAway: 3,
    });
  });

  it("counts the month in Việt Nam: 31 December 20:00 UTC is already January there", () => {
    expect(monthIn(new Date("2025-12-31T20:00:00Z"))).toBe(1);
    expect(next("2025-12-31T20:00:00Z")).toMatchObject({ festival: festivals[2], monthsAway: 2 });
  });

  it("is none when no festival has a usual time", () => {
    expect(nextFestival(new Date(), [{ name: "x" }], () => undefined)).toBeUndefined();
    expect(nextFestival(new Date(), [], () => [1])).toBeUndefined();
  });
});

describe("festival months in words", () => {
  it("reads naturally in each language", () => {
    expect(formatMonths([12, 10, 11], "en-US")).toBe("October, November, and December");
    expect(formatMonths([10, 11, 12], "vi-VN")).toBe("tháng 10, tháng 11 và tháng 12");
    expect(formatMonths([3], "vi-VN")).toBe("tháng 3");
  });
});
