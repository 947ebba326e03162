import { describe, expect, it } from "vitest";
import {
  assertGtin,
  buildGtin13,
  companyPrefixFromEnv,
  DEMO_COMPANY_PREFIX,
  gs1CheckDigit,
  isValidGtin,
  toGtin14,
} from "../../commerce/src/lib/gs1/index.ts";
import { gs1ErrorCode } from "../harness/gs1.ts";

// Published examples: EAN-13 4006381333931, UPC-A 036000291452 and EAN-8 96385074 (the worked
// examples of the Wikipedia articles on EAN-13, UPC and EAN-8); 09506000134352 is the GTIN of the
// GS1 Digital Link standard's examples.
const VALID = ["96385074", "036000291452", "4006381333931", "09506000134352"];

describe("GTIN check digits", () => {
  it.each(VALID)("accepts the published GTIN %s", (gtin) => {
    expect(isValidGtin(gtin)).toBe(true);
    expect(assertGtin(gtin)).toBe(gtin);
    expect(gs1CheckDigit(gtin.slice(0, -1))).toBe(Number(gtin.slice(-1)));
  });

  it("refuses every wrong last digit of a valid GTIN, with the right digit in the message", () => {
    for (const gtin of VALID) {
      const body = gtin.slice(0, -1);
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === gtin.slice(-1)) continue;
        expect(isValidGtin(body + digit)).toBe(false);
      }
    }
    expect(() => assertGtin("4006381333932")).toThrow(/check digit is 1/);
  });

  it("catches a swap of two neighbouring digits", () => {
    expect(isValidGtin("4006383133931")).toBe(false);
  });

  it("says why a malformed GTIN is refused", () => {
    expect(gs1ErrorCode(() => assertGtin("400638133393"))).toBe("gtin_check_digit");
    expect(gs1ErrorCode(() => assertGtin("40063813339"))).toBe("gtin_length");
    expect(gs1ErrorCode(() => assertGtin("400638133393100"))).toBe("gtin_length");
    expect(gs1ErrorCode(() => assertGtin(""))).toBe("gtin_not_digits");
    expect(gs1ErrorCode(() => assertGtin("4006 381 33393 1"))).toBe("gtin_not_digits");
    expect(gs1ErrorCode(() => assertGtin("40063813339３1"))).toBe("gtin_not_digits");
    expect(() => assertGtin("40063813339")).toThrow(/8, 12, 13 or 14 digits/);
  });

  it("writes any GTIN as 14 digits", () => {
    expect(toGtin14("4006381333931")).toBe("04006381333931");
    expect(toGtin14("96385074")).toBe("00000096385074");
    expect(toGtin14("09506000134352")).toBe("09506000134352");
    expect(isValidGtin(toGtin14("036000291452"))).toBe(true);
  });
});

describe("GTIN-13 from a company prefix", () => {
  it("puts prefix, zero-padded item reference and check digit together", () => {
    const gtin = buildGtin13("9521234", 42);
    expect(gtin).toBe("952123400042" + gs1CheckDigit("952123400042"));
    expect(gtin).toHaveLength(13);
    expect(isValidGtin(gtin)).toBe(true);
    expect(buildGtin13("400638", "133393")).toBe("4006381333931");
  });

  it("refuses an item reference that does not fit and a malformed prefix", () => {
    expect(gs1ErrorCode(() => buildGtin13("9521234", 100000))).toBe("item_reference");
    expect(() => buildGtin13("9521234", 100000)).toThrow(/0 to 99999/);
    expect(gs1ErrorCode(() => buildGtin13("9521234", -1))).toBe("item_reference");
    expect(gs1ErrorCode(() => buildGtin13("9521234", 1.5))).toBe("item_reference");
    expect(gs1ErrorCode(() => buildGtin13("95212", 1))).toBe("company_prefix");
    expect(gs1ErrorCode(() => buildGtin13("952123412345", 1))).toBe("company_prefix");
    expect(gs1ErrorCode(() => buildGtin13("95212341234", 10))).toBe("item_reference");
    expect(isValidGtin(buildGtin13("95212341234", 9))).toBe(true);
  });

  it("uses the demo prefix 952 (GS1's prefix for examples) unless GS1_COMPANY_PREFIX is set", () => {
    expect(DEMO_COMPANY_PREFIX.startsWith("952")).toBe(true);
    expect(companyPrefixFromEnv({})).toEqual({ prefix: DEMO_COMPANY_PREFIX, isDemo: true });
    expect(companyPrefixFromEnv({ GS1_COMPANY_PREFIX: "8930000123" })).toEqual({
      prefix: "8930000123",
      isDemo: false,
    });
    expect(() => companyPrefixFromEnv({ GS1_COMPANY_PREFIX: "893-000" })).toThrow(/GS1_COMPANY_PREFIX/);
  });
});
