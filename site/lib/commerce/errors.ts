import { FetchError } from "@medusajs/js-sdk";

/**
 * A Medusa failure the site can act on, with the HTTP status when there was a response:
 * - `unavailable`: Medusa could not be reached, or answered 5xx: say the shop is away, try again later;
 * - `not-found`: 404, shown as the 404 page;
 * - `rejected`: any other 4xx (a bad request, a missing or wrong publishable key).
 */
export class CommerceError extends Error {
  readonly kind: "unavailable" | "not-found" | "rejected";
  readonly status: number | undefined;

  constructor(kind: CommerceError["kind"], message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = "CommerceError";
    this.kind = kind;
    this.status = status;
  }
}

/** "fetch failed: connect ECONNREFUSED 127.0.0.1:9000": the message and the cause below it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (!(cause instanceof Error)) return error.message;
  // Node's fetch reports "localhost" refusals as an AggregateError with an empty message and a code.
  const code = "code" in cause ? String(cause.code) : "";
  return `${error.message}: ${cause.message || code}`;
}

/** Runs an SDK call and turns whatever it throws into a CommerceError that keeps the HTTP status. */
export async function callMedusa<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = error instanceof FetchError ? error.status : undefined;
    const reason = describe(error);
    if (status === 404) {
      throw new CommerceError("not-found", `${what}: not found (404)`, status, { cause: error });
    }
    if (status === undefined || status >= 500) {
      const detail = status ? `failing (${status}: ${reason})` : `unreachable (${reason})`;
      throw new CommerceError("unavailable", `${what}: Medusa is ${detail}`, status, { cause: error });
    }
    throw new CommerceError("rejected", `${what}: Medusa refused (${status}: ${reason})`, status, {
      cause: error,
    });
  }
}
