import { Gs1Error } from "../../commerce/src/lib/gs1/index.ts";

/** The Gs1Error code of a call that must fail. */
export function gs1ErrorCode(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof Gs1Error) return error.code;
    throw error;
  }
  throw new Error("expected a Gs1Error, but the call succeeded");
}
