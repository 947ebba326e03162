import type { MedusaResponse } from "@medusajs/framework/http";
import { PhotoError, photoErrorBody } from "./photo-error.ts";

/** Answers a refused photo with its status and code; other errors go on to Medusa's error handler. */
export function sendPhotoError(res: MedusaResponse, error: unknown): void {
  if (!(error instanceof PhotoError)) throw error;
  res.status(error.status).json(photoErrorBody(error));
}
