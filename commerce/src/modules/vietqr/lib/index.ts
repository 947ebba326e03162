/** VietQR (NAPAS/EMVCo) payloads: build, parse, CRC and TLV helpers. */
export { crc16CcittFalse } from "./crc16";
export { encodeTlv, parseTlv, tlv, tlvValue, toVietQrText, type TlvField } from "./emv-tlv";
export { VietQrError } from "./vietqr-error";
export {
  buildVietQrPayload,
  NAPAS_GUID,
  parseVietQrPayload,
  TRANSFER_TO_ACCOUNT,
  VIETNAM,
  VND_CURRENCY,
  type VietQrData,
  type VietQrInput,
} from "./vietqr-payload";
