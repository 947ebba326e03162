/** A VietQR payload could not be built or read; the message names the field and the rule. */
export class VietQrError extends Error {
  override name = "VietQrError";
}
