import { describe, expect, it } from "vitest";
import {
  buildVietQrPayload,
  crc16CcittFalse,
  parseVietQrPayload,
  toVietQrText,
  VietQrError,
} from "../../commerce/src/modules/vietqr/lib/index.ts";

// Payloads published in public projects' tests and docs (found on GitHub through the code index):
// a VietQR invoice example (Vietcombank BIN 970436), a Python test vector (BIN 970415) and a
// payOS payment record (BIN 970422; its purpose was URL-encoded there, decoded here).
const PUBLISHED = [
  {
    payload:
      "00020101021238540010A00000072701240006970436011010234567890208QRIBFTTA5303704540719430005802VN62120808TT0000696304A8E5",
    bankBin: "970436",
    accountNumber: "1023456789",
    amountVnd: 1943000,
    purpose: "TT000069",
  },
  {
    payload:
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
    bankBin: "970415",
    accountNumber: "0011001932418",
    amountVnd: 120000,
    purpose: "ung ho lu lut",
  },
  {
    payload:
      "00020101021238570010A000000727012700069704220113VQRQADAIJ55120208QRIBFTTA5303704540470005802VN62120808TL89 1006304E346",
    bankBin: "970422",
    accountNumber: "VQRQADAIJ5512",
    amountVnd: 7000,
    purpose: "TL89 100",
  },
];

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the standard check value and a published VietQR CRC", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1");
    const card =
      "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304";
    expect(crc16CcittFalse(card)).toBe("A203");
  });
});

describe("VietQR payload", () => {
  it.each(PUBLISHED)("reads the published payload of BIN $bankBin field by field", (sample) => {
    const parsed = parseVietQrPayload(sample.payload);
    expect(parsed).toMatchObject({
      bankBin: sample.bankBin,
      accountNumber: sample.accountNumber,
      amountVnd: sample.amountVnd,
      purpose: sample.purpose,
      currency: "704",
      country: "VN",
      pointOfInitiation: "dynamic",
      crcValid: true,
    });
  });

  it.each(PUBLISHED)("builds exactly the published payload of BIN $bankBin from its fields", (sample) => {
    const { payload, ...fields } = sample;
    expect(buildVietQrPayload(fields)).toBe(payload);
  });

  it("keeps đồng whole: 450000 is written 450000", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0000000000", amountVnd: 450000 });
    expect(payload).toContain("5406450000");
    expect(parseVietQrPayload(payload).amountVnd).toBe(450000);
  });

  it("is static without an amount, and strips diacritics from the purpose", () => {
    const payload = buildVietQrPayload({
      bankBin: "970436",
      accountNumber: "12345",
      purpose: "Thanh toán đơn hàng",
    });
    const parsed = parseVietQrPayload(payload);
    expect(parsed.pointOfInitiation).toBe("static");
    expect(parsed.amountVnd).toBeUndefined();
    expect(parsed.purpose).toBe("Thanh toan don hang");
    expect(toVietQrText("Đắk Mế – Gùi")).toBe("Dak Me Gui");
  });

  it("detects a tampered payload: one digit of the amount changed", () => {
    const tampered = PUBLISHED[0].payload.replace("1943000", "1943900");
    expect(parseVietQrPayload(tampered).crcValid).toBe(false);
  });

  it.each([
    [{ bankBin: "97043", accountNumber: "1" }, /bankBin/],
    [{ bankBin: "970436", accountNumber: "" }, /accountNumber/],
    [{ bankBin: "970436", accountNumber: "12-34" }, /accountNumber/],
    [{ bankBin: "970436", accountNumber: "1", amountVnd: 0 }, /amountVnd/],
    [{ bankBin: "970436", accountNumber: "1", amountVnd: 12.5 }, /amountVnd/],
    [{ bankBin: "970436", accountNumber: "1", amountVnd: 1e14 }, /amountVnd/],
    [{ bankBin: "970436", accountNumber: "1", purpose: "x".repeat(26) }, /purpose/],
  ])("refuses bad input %o", (input, message) => {
    expect(() => buildVietQrPayload(input)).toThrow(VietQrError);
    expect(() => buildVietQrPayload(input)).toThrow(message);
  });

  it("refuses malformed data and payloads that are not VietQR", () => {
    expect(() => parseVietQrPayload("0002010102")).toThrow(VietQrError);
    expect(() => parseVietQrPayload("000201")).toThrow(VietQrError);
  });
});
