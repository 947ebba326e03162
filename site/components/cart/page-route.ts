import { markUnavailable } from "../../lib/commerce/unavailable.ts";

/** Cart, checkout and order pages are the buyer's own: never kept by a shared cache. */
export const PRIVATE_PAGE = "private, no-store";

export type PageRoute<T> = { kind: "ok"; data: T } | { kind: "unavailable" };

/**
 * Runs a page's loader with the buyer-only cache header; Medusa down sets 503 + Retry-After on the
 * response (the page then renders `<ErrorPage status={503} />`). Other errors are bugs: rethrown.
 */
export async function loadPrivatePage<T>(
  response: ResponseInit & { headers: Headers },
  load: () => Promise<T>,
): Promise<PageRoute<T>> {
  response.headers.set("Cache-Control", PRIVATE_PAGE);
  try {
    return { kind: "ok", data: await load() };
  } catch (error) {
    if (markUnavailable(error, response)) return { kind: "unavailable" };
    throw error;
  }
}
