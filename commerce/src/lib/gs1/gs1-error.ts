/** Why a GS1 identifier or Digital Link URI was refused. */
export type Gs1ErrorCode =
  | "gtin_not_digits"
  | "gtin_length"
  | "gtin_check_digit"
  | "company_prefix"
  | "item_reference"
  | "attribute_empty"
  | "attribute_too_long"
  | "attribute_characters"
  | "attribute_encoding"
  | "digital_link_url"
  | "digital_link_path"
  | "digital_link_origin";

/** A malformed GTIN, prefix, batch/lot, serial or Digital Link URI; `code` says which rule failed. */
export class Gs1Error extends Error {
  override name = "Gs1Error";
  readonly code: Gs1ErrorCode;

  constructor(code: Gs1ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
