import { FetchError } from "@medusajs/js-sdk";

/** The message of a failed request: Medusa's `{ type, message }` body, else the error's own text. */
export function errorMessage(error: unknown): string {
  if (error instanceof FetchError) return error.message || error.statusText || `HTTP ${error.status}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
