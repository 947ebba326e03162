import { FetchError } from "@medusajs/js-sdk";

/** A Medusa failure the site can act on: `unavailable` (down, 5xx), `not-found`, or `rejected`. */
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

/** Runs an SDK call and turns whatever it throws into a CommerceError that keeps the HTTP status. */
export async function callMedusa<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = error instanceof FetchError ? error.status : undefined;
    if (status === 404) throw new CommerceError("not-found", `${what}: not found`, status, { cause: error });
    if (status === undefined || status >= 500) {
      throw new CommerceError("unavailable", `${what}: Medusa is unavailable`, status, { cause: error });
    }
    throw new CommerceError("rejected", `${what}: Medusa refused (${status})`, status, { cause: error });
  }
}
