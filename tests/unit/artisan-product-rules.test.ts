import { describe, expect, it } from "vitest";
import { vietnamPeriod } from "../../commerce/src/lib/artisan-products/income-period.ts";
import { hasNoMarkup } from "../../commerce/src/lib/artisan-products/input-errors.ts";
import { firstFreeHandle, slugify } from "../../commerce/src/lib/artisan-products/slug.ts";

describe("product handles from Vietnamese titles", () => {
  it.each([
    ["Gùi đan Ba Na", "gui-dan-ba-na"],
    ["Đàn T'rưng – Xơ Đăng", "dan-t-rung-xo-dang"],
    ['Gùi "Ba Na" & hoa văn', "gui-ba-na-hoa-van"],
    ["  Khăn THỔ CẨM (mới!)  ", "khan-tho-cam-moi"],
    ["Ấm gốm 2 lít", "am-gom-2-lit"],
    ["!!!", "san-pham"],
  ])("%s → %s", (title, handle) => expect(slugify(title)).toBe(handle));

  it("are at most 80 characters and never end with a hyphen", () => {
    const handle = slugify("Gùi ".repeat(40));
    expect(handle.length).toBeLessThanOrEqual(80);
    expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("take the first free number when taken", () => {
    expect(firstFreeHandle("gui", [])).toBe("gui");
    expect(firstFreeHandle("gui", ["gui", "gui-2", "gui-4"])).toBe("gui-3");
  });
});

describe("markup in plain text", () => {
  it.each(["<script>", "< b>", "</p>", "<!-- x -->", "a <img src=x>"])("refuses %s", (text) =>
    expect(hasNoMarkup(text)).toBe(false),
  );
  it.each(['Gùi "Ba Na" & hoa văn', "2 < 3", "<3", "a > b", "giá <= 500.000đ"])("accepts %s", (text) =>
    expect(hasNoMarkup(text)).toBe(true),
  );
});

describe("income periods in Vietnam's days", () => {
  it("start at midnight in Vietnam (17:00 UTC the day before) and include the last day", () => {
    const period = vietnamPeriod("2026-03-01", "2026-03-31");
    expect(period?.start.toISOString()).toBe("2026-02-28T17:00:00.000Z");
    expect(period?.end.toISOString()).toBe("2026-03-31T17:00:00.000Z");
    expect(period?.days).toBe(31);
  });

  it("refuse dates that do not exist or run backwards", () => {
    expect(vietnamPeriod("2026-02-29", "2026-03-01")).toBeNull();
    expect(vietnamPeriod("2026-03-02", "2026-03-01")).toBeNull();
    expect(vietnamPeriod("2026-3-1", "2026-03-01")).toBeNull();
  });
});
