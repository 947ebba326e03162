import { markUnavailable } from "../../lib/commerce/unavailable.ts";

/**
 * Runs a commerce page's loader. When Medusa cannot be reached it marks the response 503 (with
 * Retry-After) and gives undefined: the page then renders `<ErrorPage status={503} />`. Any other error
 * is a bug and propagates (Astro's 500 page).
 */
export async function loadCommercePage<T>(
  response: ResponseInit & { headers: Headers },
  load: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (markUnavailable(error, response)) return undefined;
    throw error;
  }
}
