import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import multer from "multer";
import { MAX_PHOTO_BYTES } from "./limits.ts";
import { PhotoError, photoErrorBody } from "./photo-error.ts";
import { photoTooLarge } from "./process-photo.ts";

/** The multipart form field that carries the photo. */
export const PHOTO_FIELD = "photo";

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const missing = () =>
  new PhotoError(
    "photo_missing",
    `Send the photo as multipart/form-data with one file in the field "${PHOTO_FIELD}".`,
  );
const oneAtATime = () =>
  new PhotoError(
    "photo_one_at_a_time",
    `Send one photo per request, in the field "${PHOTO_FIELD}"; add more photos one after another.`,
  );

// In memory: the pipeline reads the bytes once and writes only the processed sizes; nothing touches disk.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 5, parts: 6 },
}).single(PHOTO_FIELD);

function uploadError(error: unknown): PhotoError | null {
  if (!(error instanceof multer.MulterError)) return null;
  if (error.code === "LIMIT_FILE_SIZE") return photoTooLarge();
  if (error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE") return oneAtATime();
  return missing();
}

/**
 * Reads the photo of a multipart request into memory (`req.file`): one file of at most 15 MB. A request
 * whose declared length is already too large is refused (413) before its body is read; a body that
 * grows past the limit while streaming (no Content-Length) is cut off at 15 MB and refused too.
 */
export function photoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_PHOTO_BYTES + MULTIPART_OVERHEAD_BYTES) {
    res.status(413).json(photoErrorBody(photoTooLarge()));
    return;
  }
  upload(req, res, (error?: unknown) => {
    if (!error) return next();
    const refused = uploadError(error);
    if (refused) return void res.status(refused.status).json(photoErrorBody(refused));
    // A broken multipart body (bad boundary, cut off): nothing usable was sent.
    const body = photoErrorBody(missing());
    res.status(400).json(body);
  });
}

/** The uploaded photo's bytes; throws `photo_missing` when the request carried none. */
export function uploadedPhoto(req: MedusaRequest): Buffer {
  const file: unknown = (req as MedusaRequest & { file?: unknown }).file;
  if (typeof file === "object" && file !== null && "buffer" in file && Buffer.isBuffer(file.buffer)) {
    return file.buffer;
  }
  throw missing();
}
