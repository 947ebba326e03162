export { crc16CcittFalse } from "./crc16";
export { parseTlv, tlv, toVietQrText, type TlvField } from "./emv-tlv";
export { VietQrError } from "./vietqr-error";
export {
  buildVietQrPayload,
  NAPAS_GUID,
  parseVietQrPayload,
  TRANSFER_TO_ACCOUNT,
  type VietQrData,
  type VietQrInput,
} from "./vietqr-payload";
