import { describe, expect, it } from "vitest";
import { formatPrice } from "../../site/lib/money/format-price.ts";

// Intl puts a no-break space (U+00A0) between the amount and ₫ in Vietnamese.
describe("formatPrice", () => {
  it("shows đồng without decimals, as a Vietnamese buyer reads them", () => {
    expect(formatPrice(450000, "vnd", "vi-VN")).toBe("450.000\u00a0₫");
    expect(formatPrice(1250000, "VND", "vi-VN")).toBe("1.250.000\u00a0₫");
  });

  it("never divides đồng by 100", () => {
    expect(formatPrice(450000, "vnd", "en-US")).toBe("₫450,000");
  });

  it("shows US dollars with cents", () => {
    expect(formatPrice(18, "usd", "en-US")).toBe("$18.00");
    expect(formatPrice(12.5, "usd", "en-US")).toBe("$12.50");
  });
});
