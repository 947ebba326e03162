import { VietQrError } from "./vietqr-error";

/** One EMVCo data object: a 2-digit id and its value (a template's value is itself a string of data objects). */
export interface TlvField {
  id: string;
  value: string;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Encodes one data object as id, 2-digit length and value; the value must be printable ASCII, at most 99 characters. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new VietQrError(`EMV id "${id}" must be two digits`);
  if (!PRINTABLE_ASCII.test(value)) {
    throw new VietQrError(
      `EMV field ${id} must be printable ASCII; remove Vietnamese diacritics first with toVietQrText()`,
    );
  }
  if (value.length > 99) {
    throw new VietQrError(`EMV field ${id} must be at most 99 characters (got ${value.length})`);
  }
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

/** Encodes data objects in the given order (use it for a template's value too). */
export function encodeTlv(fields: readonly TlvField[]): string {
  return fields.map((field) => tlv(field.id, field.value)).join("");
}

/** Splits one level of data objects; throws VietQrError when an id or length is not digits or a value is cut short. */
export function parseTlv(text: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) {
      throw new VietQrError(`Malformed EMV data at position ${at}: expected a 2-digit id and 2-digit length`);
    }
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) {
      throw new VietQrError(
        `EMV field ${id} at position ${at} announces ${length} characters but has ${value.length}`,
      );
    }
    fields.push({ id, value });
    at += 4 + length;
  }
  return fields;
}

/** The value of the first data object with this id, if any. */
export function tlvValue(fields: readonly TlvField[], id: string): string | undefined {
  return fields.find((field) => field.id === id)?.value;
}

/** Vietnamese text as VietQR accepts it: no diacritics (đ → d), only A–Z, a–z, 0–9 and single spaces. */
export function toVietQrText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/\s/g, " ")
    .replace(/[^A-Za-z0-9 ]/g, "")
    .replace(/ +/g, " ")
    .trim();
}
