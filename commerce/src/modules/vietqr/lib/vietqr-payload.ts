import { crc16CcittFalse } from "./crc16";
import { parseTlv, tlv, toVietQrText } from "./emv-tlv";
import { VietQrError } from "./vietqr-error";

/** NAPAS's application id in the merchant account template (id 38). */
export const NAPAS_GUID = "A000000727";
/** Service code: transfer to a bank account. */
export const TRANSFER_TO_ACCOUNT = "QRIBFTTA";

export interface VietQrInput {
  /** NAPAS BIN of the receiving bank: 6 digits. */
  bankBin: string;
  /** Receiving account: 1 to 19 letters or digits. */
  accountNumber: string;
  /** Whole đồng: VND has no minor unit. */
  amountVnd?: number;
  /** Transfer purpose, e.g. the order reference; diacritics are removed, at most 25 characters. */
  purpose?: string;
  /** Dynamic (one payment) or static QR; dynamic by default when there is an amount. */
  dynamic?: boolean;
}

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

/** Builds a NAPAS VietQR (EMVCo) payload for a transfer to a bank account, CRC included. */
export function buildVietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new VietQrError("bankBin must be 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) {
    throw new VietQrError("accountNumber must be 1 to 19 letters or digits");
  }
  const amount = input.amountVnd;
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount <= 0 || String(amount).length > 13)) {
    throw new VietQrError("amountVnd must be a positive whole number of đồng with at most 13 digits");
  }
  const purpose = input.purpose === undefined ? undefined : toVietQrText(input.purpose);
  if (purpose !== undefined && (purpose.length === 0 || purpose.length > 25)) {
    throw new VietQrError("purpose must be 1 to 25 characters once diacritics are removed");
  }
  const dynamic = input.dynamic ?? amount !== undefined;
  const beneficiary = tlv("00", input.bankBin) + tlv("01", input.accountNumber);
  const merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT);
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", merchant) +
    tlv("53", "704") +
    (amount !== undefined ? tlv("54", String(amount)) : "") +
    tlv("58", "VN") +
    (purpose ? tlv("62", tlv("08", purpose)) : "") +
    "6304";
  return body + crc16CcittFalse(body);
}

/** Reads a VietQR payload and checks its CRC; throws VietQrError when it is not a VietQR transfer. */
export function parseVietQrPayload(payload: string): VietQrData {
  const fields = parseTlv(payload);
  const get = (id: string) => fields.find((field) => field.id === id)?.value;
  const crc = get("63");
  if (!crc || !payload.endsWith(`6304${crc}`)) throw new VietQrError("The payload has no CRC at its end");
  const merchant = parseTlv(get("38") ?? "");
  if (merchant.find((field) => field.id === "00")?.value !== NAPAS_GUID) {
    throw new VietQrError("The payload is not a NAPAS VietQR (no A000000727 in field 38)");
  }
  const beneficiary = parseTlv(merchant.find((field) => field.id === "01")?.value ?? "");
  const bankBin = beneficiary.find((field) => field.id === "00")?.value;
  const accountNumber = beneficiary.find((field) => field.id === "01")?.value;
  if (!bankBin || !accountNumber) throw new VietQrError("The payload names no bank or account");
  const amount = get("54");
  const additional = get("62");
  const purpose = additional ? parseTlv(additional).find((field) => field.id === "08")?.value : undefined;
  return {
    bankBin,
    accountNumber,
    ...(amount !== undefined ? { amountVnd: Number(amount) } : {}),
    ...(purpose !== undefined ? { purpose } : {}),
    currency: get("53") ?? "",
    country: get("58") ?? "",
    pointOfInitiation: get("01") === "12" ? "dynamic" : "static",
    crcValid: crc16CcittFalse(payload.slice(0, -4)) === crc.toUpperCase(),
  };
}
