import type { DictionaryKey } from "../../i18n/vi.ts";

/** The strings the photo uploader shows, passed from the page (not the whole dictionary). */
export const PHOTO_STRING_KEYS = [
  "portal.photos.choose",
  "portal.photos.upload",
  "portal.photos.uploading",
  "portal.photos.retry",
  "portal.photos.cancel",
  "portal.photos.preview",
  "portal.photos.network",
  "portal.error.photo_too_large",
  "portal.error.photo_unsupported_type",
  "portal.error.photo_unreadable",
  "portal.error.photo_too_many_pixels",
  "portal.error.photo_missing",
  "portal.error.not_found",
  "portal.error.unavailable",
  "portal.error.unknown",
] as const satisfies readonly DictionaryKey[];

export type PhotoStringKey = (typeof PHOTO_STRING_KEYS)[number];
export type PhotoStrings = Record<PhotoStringKey, string>;

/** Photos the pipeline takes (HEIC where sharp reads it); phones may give HEIC with no MIME type. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];
const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif)$/i;
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

/** The error code a chosen file gets before any upload, or undefined when it may go. */
export function checkPhoto(file: { name: string; type: string; size: number }): PhotoStringKey | undefined {
  const typeOk = file.type ? PHOTO_TYPES.includes(file.type.toLowerCase()) : PHOTO_EXTENSIONS.test(file.name);
  if (!typeOk) return "portal.error.photo_unsupported_type";
  if (file.size > MAX_PHOTO_BYTES) return "portal.error.photo_too_large";
  return undefined;
}

/** The message key for a refused upload's `code`. */
export function uploadErrorKey(status: number, code: unknown): PhotoStringKey {
  const known = `portal.error.${String(code)}`;
  if ((PHOTO_STRING_KEYS as readonly string[]).includes(known)) return known as PhotoStringKey;
  if (status === 413) return "portal.error.photo_too_large";
  if (status === 415) return "portal.error.photo_unsupported_type";
  if (status === 422) return "portal.error.photo_unreadable";
  if (status === 404) return "portal.error.not_found";
  if (status === 0 || status >= 500) return "portal.error.unavailable";
  return "portal.error.unknown";
}
