import type { PortalErrorCode } from "./api-error.ts";
import { callMedusa } from "./medusa-api.ts";
import type { PortalContext } from "./session.ts";

/** What the form pages' loaders (a product, a record of origin) share around their Medusa calls. */

/** The notice that the page's `?notice=` names (after a Post-Redirect-Get), when it is one of `known`. */
export function noticeOf<N extends string>(url: URL, known: readonly N[]): N | undefined {
  const asked = url.searchParams.get("notice");
  return known.find((notice) => notice === asked);
}

/** One of the artisan's own things; `missing` when Medusa gives it not to them (the page answers 404). */
export type Retrieved<T> = { kind: "found"; data: T } | { kind: "missing" } | { kind: "unavailable" };

export async function retrieveOwn<T>(
  context: Pick<PortalContext, "response">,
  path: string,
  token: string,
): Promise<Retrieved<T>> {
  const found = await callMedusa<T>(path, { token });
  if (found.ok) return { kind: "found", data: found.data };
  if (found.code === "unavailable") return { kind: "unavailable" };
  context.response.status = 404;
  return { kind: "missing" };
}

/** Where a refused save's code is shown: beside its field when it has one, else at the top of the form. */
export function placeError<F extends string>(
  code: PortalErrorCode,
  fieldOf: (code: PortalErrorCode) => F | undefined,
): { errors: Partial<Record<F, PortalErrorCode>>; formError?: PortalErrorCode } {
  const name = fieldOf(code);
  return name
    ? { errors: { [name]: code } as Partial<Record<F, PortalErrorCode>> }
    : { errors: {}, formError: code };
}
