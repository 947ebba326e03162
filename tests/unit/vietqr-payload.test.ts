import { describe, expect, it } from "vitest";
import {
  buildVietQrPayload,
  crc16CcittFalse,
  encodeTlv,
  parseTlv,
  parseVietQrPayload,
  tlv,
  toVietQrText,
  VietQrError,
  type VietQrInput,
} from "../../commerce/src/modules/vietqr/lib/index.ts";

interface PublishedSample {
  /** Where the string is published: GitHub repository and file. */
  source: string;
  payload: string;
  expected: VietQrInput & { pointOfInitiation: "static" | "dynamic" };
  /** False when the payload carries fields our builder never writes (so it cannot be rebuilt byte for byte). */
  rebuildable: boolean;
}

// Payloads published by other VietQR libraries, copied verbatim from their docs and tests
// (the `source` of each names the file; only the strings are used, none of their code):
// - github.com/xuannghia/vietnam-qr-pay: README.md (commit 10369f32), test/test-vietqr.spec.ts (commit 0212ad4a),
//   test/test-momo-zalopay.spec.ts (commit 10369f32)
// - github.com/subiz/vietqr: README.md (commit 8da5679a), vietqr_test.go (commit 0861e8ad)
const PUBLISHED: PublishedSample[] = [
  {
    source: "xuannghia/vietnam-qr-pay README.md (VietQR Tĩnh)",
    payload: "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
    expected: { bankBin: "970416", accountNumber: "257678859", pointOfInitiation: "static" },
    rebuildable: true,
  },
  {
    source: "xuannghia/vietnam-qr-pay README.md (VietQR Động)",
    payload:
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
    expected: {
      bankBin: "970416",
      accountNumber: "257678859",
      amountVnd: 10000,
      purpose: "Chuyen tien",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
  {
    source: "xuannghia/vietnam-qr-pay test/test-vietqr.spec.ts and README.md (Decode mã QR)",
    payload:
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8",
    expected: {
      bankBin: "970416",
      accountNumber: "257678859",
      amountVnd: 1000,
      purpose: "Chuyen tien",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
  {
    source: "xuannghia/vietnam-qr-pay test/test-momo-zalopay.spec.ts (ZaloPay)",
    payload:
      "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C",
    expected: { bankBin: "970454", accountNumber: "99ZP24009M07248267", pointOfInitiation: "static" },
    rebuildable: true,
  },
  {
    // Carries a reference (62.05) and an unreserved field 80 that our builder does not write.
    source: "xuannghia/vietnam-qr-pay test/test-momo-zalopay.spec.ts (MoMo)",
    payload:
      "00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8",
    expected: { bankBin: "970454", accountNumber: "99MM24011M34875080", pointOfInitiation: "static" },
    rebuildable: false,
  },
  {
    source: "subiz/vietqr README.md (Sử dụng)",
    payload:
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
    expected: {
      bankBin: "970415",
      accountNumber: "0011001932418",
      amountVnd: 120000,
      purpose: "ung ho lu lut",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
  {
    source: "subiz/vietqr vietqr_test.go (TestQR, case 0)",
    payload: "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4",
    expected: { bankBin: "970423", accountNumber: "0099999999", pointOfInitiation: "static" },
    rebuildable: true,
  },
  {
    source: "subiz/vietqr vietqr_test.go (TestQR, case 1)",
    payload:
      "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6",
    expected: {
      bankBin: "970422",
      accountNumber: "0023457923442",
      amountVnd: 40123,
      purpose: "test text string",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
  {
    source: "subiz/vietqr vietqr_test.go (TestQR, case 3)",
    payload:
      "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F",
    expected: {
      bankBin: "970422",
      accountNumber: "0023457923442",
      amountVnd: 40123,
      purpose: "chuyen khoan",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
  {
    // The longest account (19 characters) and purpose (25 characters) the spec allows.
    source: "subiz/vietqr vietqr_test.go (TestQR, case 5)",
    payload:
      "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB",
    expected: {
      bankBin: "970422",
      accountNumber: "0023457923442ASDFLJ",
      amountVnd: 40123,
      purpose: "chuyen khoan alsdkf laksj",
      pointOfInitiation: "dynamic",
    },
    rebuildable: true,
  },
];

describe("crc16CcittFalse", () => {
  it("gives the CRC-16/CCITT-FALSE check value", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1");
  });

  it("pads to 4 upper-case hex digits", () => {
    expect(crc16CcittFalse("")).toBe("FFFF");
    expect(crc16CcittFalse("123456789")).toMatch(/^[0-9A-F]{4}$/);
  });

  it.each(PUBLISHED)("matches the CRC of $source", ({ payload }) => {
    expect(crc16CcittFalse(payload.slice(0, -4))).toBe(payload.slice(-4));
  });
});

describe("EMV TLV", () => {
  it("encodes id, 2-digit length and value, and nests templates", () => {
    expect(tlv("58", "VN")).toBe("5802VN");
    const template = encodeTlv([{ id: "08", value: "KTC DH1024" }]);
    expect(tlv("62", template)).toBe("62140810KTC DH1024");
    expect(parseTlv("5802VN62140810KTC DH1024")).toEqual([
      { id: "58", value: "VN" },
      { id: "62", value: "0810KTC DH1024" },
    ]);
  });

  it("refuses non-ASCII values, with a hint to strip diacritics", () => {
    expect(() => tlv("08", "Gùi")).toThrow(VietQrError);
    expect(() => tlv("08", "Gùi")).toThrow(/ASCII.*toVietQrText/);
    expect(() => tlv("08", "x".repeat(100))).toThrow(/at most 99/);
  });

  it("refuses malformed data", () => {
    expect(() => parseTlv("58")).toThrow(VietQrError);
    expect(() => parseTlv("AB02VN")).toThrow(/position 0/);
    expect(() => parseTlv("5805VN")).toThrow(/field 58/);
  });

  it("strips Vietnamese diacritics and keeps letters, digits and single spaces", () => {
    expect(toVietQrText("Thanh toán đơn hàng")).toBe("Thanh toan don hang");
    expect(toVietQrText("ĐẮK TÔ – Gùi  mây, Kon Tum")).toBe("DAK TO Gui may Kon Tum");
    expect(toVietQrText("  Ủng hộ\tlũ lụt #12 ")).toBe("Ung ho lu lut 12");
    expect(toVietQrText("ươ ỹ Ă")).toBe("uo y A");
  });
});

describe("parseVietQrPayload on published payloads", () => {
  it.each(PUBLISHED)("reads $source field by field", ({ payload, expected }) => {
    const parsed = parseVietQrPayload(payload);
    expect(parsed.crcValid).toBe(true);
    expect(parsed.bankBin).toBe(expected.bankBin);
    expect(parsed.accountNumber).toBe(expected.accountNumber);
    expect(parsed.amountVnd).toBe(expected.amountVnd);
    expect(parsed.purpose).toBe(expected.purpose);
    expect(parsed.pointOfInitiation).toBe(expected.pointOfInitiation);
    expect(parsed.currency).toBe("704");
    expect(parsed.country).toBe("VN");
  });
});

describe("buildVietQrPayload", () => {
  it.each(PUBLISHED.filter((sample) => sample.rebuildable))(
    "rebuilds $source exactly from its fields",
    ({ payload, expected }) => {
      const { pointOfInitiation, ...input } = expected;
      const built = buildVietQrPayload(input);
      expect(built).toBe(payload);
      expect(parseVietQrPayload(built).pointOfInitiation).toBe(pointOfInitiation);
    },
  );

  it("round-trips every field", () => {
    const input = {
      bankBin: "970405",
      accountNumber: "6100205123456",
      amountVnd: 1_250_000,
      purpose: "KTC DH1024",
    };
    const payload = buildVietQrPayload(input);
    expect(payload.startsWith("00020101021238")).toBe(true);
    expect(payload).toContain("0010A000000727");
    expect(payload).toContain("0208QRIBFTTA");
    expect(parseVietQrPayload(payload)).toEqual({
      ...input,
      currency: "704",
      country: "VN",
      pointOfInitiation: "dynamic",
      crcValid: true,
    });
  });

  it("writes whole đồng without decimals: 450000 is 450000", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0011004422", amountVnd: 450000 });
    expect(payload).toContain("5406450000");
    expect(parseVietQrPayload(payload).amountVnd).toBe(450000);
  });

  it("is static without an amount, omits 54 and 62, and honours an explicit dynamic flag", () => {
    const fixed = buildVietQrPayload({ bankBin: "970436", accountNumber: "0011004422" });
    expect(fixed).toContain("010211");
    expect(fixed).not.toMatch(/5802VN62/);
    const parsed = parseVietQrPayload(fixed);
    expect(parsed.pointOfInitiation).toBe("static");
    expect(parsed).not.toHaveProperty("amountVnd");
    expect(parsed).not.toHaveProperty("purpose");
    const reusable = { bankBin: "970436", accountNumber: "0011004422", amountVnd: 50000, dynamic: false };
    expect(parseVietQrPayload(buildVietQrPayload(reusable)).pointOfInitiation).toBe("static");
    const oneOff = { bankBin: "970436", accountNumber: "0011004422", dynamic: true };
    expect(parseVietQrPayload(buildVietQrPayload(oneOff)).pointOfInitiation).toBe("dynamic");
  });

  it("strips diacritics from the purpose, and treats a blank purpose as none", () => {
    const payload = buildVietQrPayload({
      bankBin: "970436",
      accountNumber: "12345",
      purpose: "Thanh toán đơn hàng",
    });
    expect(parseVietQrPayload(payload).purpose).toBe("Thanh toan don hang");
    const blank = buildVietQrPayload({ bankBin: "970436", accountNumber: "12345", purpose: "  " });
    expect(parseVietQrPayload(blank)).not.toHaveProperty("purpose");
  });

  const base = { bankBin: "970436", accountNumber: "0011004422" };
  it.each<[string, VietQrInput, RegExp]>([
    ["a 5-digit BIN", { ...base, bankBin: "97043" }, /bankBin must be exactly 6 digits/],
    ["a BIN with letters", { ...base, bankBin: "97043A" }, /bankBin must be exactly 6 digits/],
    ["an empty account", { ...base, accountNumber: "" }, /accountNumber must not be empty/],
    ["an account with a dash", { ...base, accountNumber: "0011-004422" }, /accountNumber must be at most 19/],
    [
      "a 20-character account",
      { ...base, accountNumber: "1".repeat(20) },
      /accountNumber must be at most 19/,
    ],
    ["a zero amount", { ...base, amountVnd: 0 }, /amountVnd must be a positive safe integer/],
    ["a negative amount", { ...base, amountVnd: -5000 }, /amountVnd must be a positive safe integer/],
    ["an amount with decimals", { ...base, amountVnd: 12.5 }, /amountVnd must be a positive safe integer/],
    ["an unsafe amount", { ...base, amountVnd: 2 ** 53 }, /amountVnd must be a positive safe integer/],
    ["a 14-digit amount", { ...base, amountVnd: 10 ** 13 }, /amountVnd must have at most 13 digits/],
    ["a 26-character purpose", { ...base, purpose: "x".repeat(26) }, /purpose must be at most 25/],
    ["a purpose too long once normalised", { ...base, purpose: "Thanh toán đơn hàng gùi mây" }, /purpose/],
    ["a purpose of symbols only", { ...base, purpose: "#!?" }, /purpose has no letters or digits/],
  ])("refuses %s", (_label, input, message) => {
    expect(() => buildVietQrPayload(input)).toThrow(VietQrError);
    expect(() => buildVietQrPayload(input)).toThrow(message);
  });

  it("accepts the limits: 13-digit amount and 25-character purpose", () => {
    const payload = buildVietQrPayload({ ...base, amountVnd: 10 ** 13 - 1, purpose: "y".repeat(25) });
    expect(parseVietQrPayload(payload)).toMatchObject({ amountVnd: 10 ** 13 - 1, purpose: "y".repeat(25) });
  });
});

describe("parseVietQrPayload on bad payloads", () => {
  const published = PUBLISHED[1].payload;

  it("reports a tampered payload: one digit of the amount changed", () => {
    const tampered = published.replace("5405100005802", "5405900005802");
    expect(tampered).not.toBe(published);
    const parsed = parseVietQrPayload(tampered);
    expect(parsed.amountVnd).toBe(90000);
    expect(parsed.crcValid).toBe(false);
  });

  it("reports a wrong CRC, and accepts a lower-case one", () => {
    expect(parseVietQrPayload(`${published.slice(0, -4)}53E7`).crcValid).toBe(false);
    expect(parseVietQrPayload(PUBLISHED[0].payload.replace(/AE9F$/, "ae9f")).crcValid).toBe(true);
  });

  it.each([
    ["truncated data", published.slice(0, -6), /Malformed EMV data|announces/],
    ["no CRC", published.slice(0, -8), /field 63/],
    ["a CRC that is not hex", `${published.slice(0, -4)}ZZZZ`, /field 63/],
    ["an empty string", "", /field 63/],
  ])("throws VietQrError for %s", (_label, payload, message) => {
    expect(() => parseVietQrPayload(payload)).toThrow(VietQrError);
    expect(() => parseVietQrPayload(payload)).toThrow(message);
  });

  it("throws VietQrError for an EMVCo payload that is not a NAPAS VietQR", () => {
    const body = `000201010211${tlv("38", tlv("00", "A000000775") + tlv("01", "0102154778"))}53037045802VN6304`;
    expect(() => parseVietQrPayload(body + crc16CcittFalse(body))).toThrow(/not a NAPAS VietQR/);
  });
});
