/** Stable codes the portal maps to its own Vietnamese and English messages. */
export type PhotoErrorCode =
  | "photo_missing"
  | "photo_one_at_a_time"
  | "photo_too_large"
  | "photo_unsupported_type"
  | "photo_unreadable"
  | "photo_too_many_pixels"
  | "photo_not_found";

const STATUS: Record<PhotoErrorCode, number> = {
  photo_missing: 400,
  photo_one_at_a_time: 400,
  photo_too_large: 413,
  photo_unsupported_type: 415,
  photo_unreadable: 422,
  photo_too_many_pixels: 422,
  photo_not_found: 404,
};

/** A photo refused before anything is stored: an HTTP status, a stable code and a message that says how to fix it. */
export class PhotoError extends Error {
  override name = "PhotoError";
  readonly code: PhotoErrorCode;
  readonly status: number;

  constructor(code: PhotoErrorCode, message: string) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
  }
}

/** The JSON body of a refused photo, in the shape of Medusa's errors (`{ type, message, code }`). */
export function photoErrorBody(error: PhotoError): { type: string; code: PhotoErrorCode; message: string } {
  const type = error.status === 404 ? "not_found" : "invalid_data";
  return { type, code: error.code, message: error.message };
}
