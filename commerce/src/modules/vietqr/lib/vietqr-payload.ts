import { crc16CcittFalse } from "./crc16";
import { encodeTlv, parseTlv, tlv, tlvValue, toVietQrText } from "./emv-tlv";
import { VietQrError } from "./vietqr-error";

/** NAPAS's globally unique id (field 38, sub-field 00) that marks a VietQR payload. */
export const NAPAS_GUID = "A000000727";
/** Service code (field 38, sub-field 02): transfer to a bank account. */
export const TRANSFER_TO_ACCOUNT = "QRIBFTTA";
/** ISO 4217 numeric code of the Vietnamese đồng (field 53). */
export const VND_CURRENCY = "704";
/** ISO 3166-1 alpha-2 country code of Vietnam (field 58). */
export const VIETNAM = "VN";

const MAX_ACCOUNT = 19;
const MAX_AMOUNT_DIGITS = 13;
const MAX_PURPOSE = 25;

/** What a VietQR transfer to a bank account says. */
export interface VietQrInput {
  /** NAPAS BIN of the receiving bank: 6 digits. */
  bankBin: string;
  /** Receiving account: 1 to 19 letters or digits. */
  accountNumber: string;
  /** Whole đồng (VND has no minor unit): a positive integer of at most 13 digits. */
  amountVnd?: number;
  /** Transfer purpose, e.g. the order reference; passed through toVietQrText, then at most 25 characters. */
  purpose?: string;
  /** Dynamic (one payment) or static (reusable) QR; dynamic by default when there is an amount. */
  dynamic?: boolean;
}

/** What a VietQR payload says, and whether its CRC matches. */
export interface VietQrData {
  bankBin: string;
  accountNumber: string;
  amountVnd?: number;
  purpose?: string;
  currency: string;
  country: string;
  pointOfInitiation: "static" | "dynamic";
  crcValid: boolean;
}

function checkInput(input: VietQrInput): string | undefined {
  if (!/^\d{6}$/.test(input.bankBin)) {
    throw new VietQrError(`bankBin must be exactly 6 digits (got "${input.bankBin}")`);
  }
  if (input.accountNumber.length === 0) throw new VietQrError("accountNumber must not be empty");
  if (!/^[A-Za-z0-9]+$/.test(input.accountNumber) || input.accountNumber.length > MAX_ACCOUNT) {
    throw new VietQrError(`accountNumber must be at most ${MAX_ACCOUNT} letters or digits (A-Z, a-z, 0-9)`);
  }
  const amount = input.amountVnd;
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount <= 0)) {
    throw new VietQrError(
      `amountVnd must be a positive safe integer of whole dong, no decimals (got ${amount})`,
    );
  }
  if (amount !== undefined && String(amount).length > MAX_AMOUNT_DIGITS) {
    throw new VietQrError(`amountVnd must have at most ${MAX_AMOUNT_DIGITS} digits (got ${amount})`);
  }
  if (input.purpose === undefined || input.purpose.trim() === "") return undefined;
  const purpose = toVietQrText(input.purpose);
  if (purpose === "") throw new VietQrError("purpose has no letters or digits left after toVietQrText");
  if (purpose.length > MAX_PURPOSE) {
    throw new VietQrError(
      `purpose must be at most ${MAX_PURPOSE} characters after toVietQrText (got ${purpose.length}: "${purpose}")`,
    );
  }
  return purpose;
}

/** Builds a NAPAS VietQR (EMVCo) payload for a transfer to a bank account, CRC included; throws VietQrError on bad input. */
export function buildVietQrPayload(input: VietQrInput): string {
  const purpose = checkInput(input);
  const amount = input.amountVnd;
  const dynamic = input.dynamic ?? amount !== undefined;
  const beneficiary = encodeTlv([
    { id: "00", value: input.bankBin },
    { id: "01", value: input.accountNumber },
  ]);
  const merchant = encodeTlv([
    { id: "00", value: NAPAS_GUID },
    { id: "01", value: beneficiary },
    { id: "02", value: TRANSFER_TO_ACCOUNT },
  ]);
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", merchant) +
    tlv("53", VND_CURRENCY) +
    (amount !== undefined ? tlv("54", String(amount)) : "") +
    tlv("58", VIETNAM) +
    (purpose !== undefined ? tlv("62", tlv("08", purpose)) : "") +
    "6304";
  return body + crc16CcittFalse(body);
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new VietQrError(`The payload has no ${what}`);
  return value;
}

function readAmount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.0*)?$/.test(value)) {
    throw new VietQrError(`Field 54 (amount) must be a whole number of dong (got "${value}")`);
  }
  return Number.parseInt(value, 10);
}

function readInitiation(value: string | undefined): VietQrData["pointOfInitiation"] {
  if (value === undefined || value === "11") return "static";
  if (value === "12") return "dynamic";
  throw new VietQrError(`Field 01 (point of initiation) must be "11" or "12" (got "${value}")`);
}

/** Reads a VietQR payload and checks its CRC (crcValid); throws VietQrError when it is malformed or not a VietQR. */
export function parseVietQrPayload(payload: string): VietQrData {
  const fields = parseTlv(payload);
  const last = fields[fields.length - 1];
  if (last?.id !== "63" || !/^[0-9A-Fa-f]{4}$/.test(last.value)) {
    throw new VietQrError("The payload must end with field 63 (CRC): 4 hex digits");
  }
  if (tlvValue(fields, "00") !== "01") throw new VietQrError('Field 00 (payload format) must be "01"');
  const merchant = parseTlv(required(tlvValue(fields, "38"), "field 38 (merchant account information)"));
  if (tlvValue(merchant, "00") !== NAPAS_GUID) {
    throw new VietQrError(`Field 38 is not a NAPAS VietQR template (its sub-field 00 is not ${NAPAS_GUID})`);
  }
  const beneficiary = parseTlv(required(tlvValue(merchant, "01"), "beneficiary (field 38, sub-field 01)"));
  const additional = tlvValue(fields, "62");
  const purpose = additional === undefined ? undefined : tlvValue(parseTlv(additional), "08");
  const amountVnd = readAmount(tlvValue(fields, "54"));
  return {
    bankBin: required(tlvValue(beneficiary, "00"), "bank BIN (field 38.01.00)"),
    accountNumber: required(tlvValue(beneficiary, "01"), "account number (field 38.01.01)"),
    ...(amountVnd !== undefined ? { amountVnd } : {}),
    ...(purpose !== undefined ? { purpose } : {}),
    currency: required(tlvValue(fields, "53"), "field 53 (currency)"),
    country: required(tlvValue(fields, "58"), "field 58 (country)"),
    pointOfInitiation: readInitiation(tlvValue(fields, "01")),
    crcValid: crc16CcittFalse(payload.slice(0, -4)) === last.value.toUpperCase(),
  };
}
