import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { errorCodeOf, retryAfterSeconds, type ApiFailure } from "./api-error.ts";
import { markRefusalsOf } from "../../../commerce/src/modules/trace/marks/mark-refusals.ts";

/**
 * The portal pages' calls to Medusa, on the server: the artisan's token (from the cookie) as a bearer,
 * the browser's address as `x-forwarded-for` (for the sign-in rate limit). Unlike the SDK's errors, a
 * failure keeps Medusa's error `code` and `Retry-After`, which the pages turn into messages.
 */
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export interface ApiCall {
  method?: "GET" | "POST" | "DELETE";
  /** The artisan's JWT, or a password-reset token. */
  token?: string;
  body?: unknown;
  clientIp?: string;
  query?: Record<string, string | number | undefined>;
}

const TIMEOUT_MS = 15_000;

export async function callMedusa<T>(path: string, call: ApiCall = {}): Promise<ApiResult<T>> {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [name, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const headers = new Headers({ accept: "application/json" });
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  if (call.clientIp) headers.set("x-forwarded-for", call.clientIp);
  if (call.body !== undefined) headers.set("content-type", "application/json");
  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method ?? "GET",
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
  } catch (error) {
    console.error(`[portal] ${call.method ?? "GET"} ${url.pathname}: Medusa unreachable (${String(error)})`);
    return { ok: false, status: 0, code: "unavailable", message: String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const message =
    body && typeof body === "object" && "message" in body ? String(body.message) : response.statusText;
  if (response.status >= 500)
    console.error(`[portal] ${url.pathname}: Medusa ${response.status}: ${message}`);
  return {
    ok: false,
    status: response.status,
    code: errorCodeOf(response.status, body),
    message,
    retryAfterSeconds: retryAfterSeconds(response.headers.get("retry-after")),
    refusals: markRefusalsOf(body),
  };
}
