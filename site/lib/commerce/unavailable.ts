import { CommerceError } from "./errors.ts";

/** How long a buyer (or a CDN) should wait before asking again when Medusa is down. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Sets the 503 status and headers of a commerce page whose data Medusa could not give, and says
 * whether it did: `if (markUnavailable(error, Astro.response)) …render <ErrorPage status={503} />`.
 * Other errors (not found, rejected, bugs) are not handled here.
 */
export function markUnavailable(error: unknown, response: ResponseInit & { headers: Headers }): boolean {
  if (!(error instanceof CommerceError) || error.kind !== "unavailable") return false;
  console.error(`[commerce] ${error.message}`);
  response.status = 503;
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return true;
}
