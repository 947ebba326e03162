import { VietQrError } from "./vietqr-error";

/** One EMVCo data object: a 2-digit id and its value. */
export interface TlvField {
  id: string;
  value: string;
}

/** Encodes one data object: id, 2-digit length, value (ASCII only, at most 99 characters). */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new VietQrError(`EMV id "${id}" must be two digits`);
  if (!/^[\x20-\x7e]*$/.test(value)) {
    throw new VietQrError(`EMV field ${id} must be plain ASCII (remove diacritics first)`);
  }
  if (value.length > 99) throw new VietQrError(`EMV field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

/** Splits a string of data objects into fields; throws VietQrError when it is malformed. */
export function parseTlv(text: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) throw new VietQrError(`Malformed EMV data at position ${at}`);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new VietQrError(`EMV field ${head.slice(0, 2)} is truncated`);
    fields.push({ id: head.slice(0, 2), value });
    at += 4 + length;
  }
  return fields;
}

/** Removes Vietnamese diacritics (đ → d) and keeps letters, digits and single spaces. */
export function toVietQrText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
