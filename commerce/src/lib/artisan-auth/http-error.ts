import type { MedusaResponse } from "@medusajs/framework/http";

/**
 * Stable codes the artisan portal translates into its own messages (the `message` is English, for logs).
 */
export type ArtisanAuthErrorCode =
  "invite_invalid" | "email_taken" | "too_many_attempts" | "sign_up_closed" | "artisan_not_found";

/**
 * Sends `{ type, code, message }`. Used where Medusa's error handler would replace the code (409) or
 * cannot express the status (429).
 */
export function sendError(
  res: MedusaResponse,
  status: number,
  type: string,
  code: ArtisanAuthErrorCode,
  message: string,
): void {
  res.status(status).json({ type, code, message });
}
