import { isCrossSiteRequest } from "./cross-site.ts";
import {
  BodyTooLargeError,
  declaredLength,
  DISCARD_LIMIT_BYTES,
  discardBody,
  limitStream,
  readLimited,
} from "./limited-body.ts";
import { portalRoute, type PortalRoute } from "./proxy-routes.ts";
import { clearedSessionCookie, isHttps, sessionCookie, tokenFromCookieHeader } from "./session-cookie.ts";

/**
 * The browser's one way to Medusa's artisan routes (`/portal-api/*`, same origin). The artisan's JWT
 * lives in the httpOnly `kt_artisan` cookie: set here when signing in or accepting an invite (and
 * taken out of the body), sent on as `Authorization: Bearer`, cleared on sign-out and on a 401.
 */

/** A photo (≤ 15 MB) plus the multipart envelope around it. */
export const MAX_PHOTO_BODY_BYTES = 15 * 1024 * 1024 + 64 * 1024;
/** JSON bodies: Medusa takes at most 1 MB; a little more passes so that Medusa's own 413 answers. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024 + 16 * 1024;
const TIMEOUT_MS = 15_000;
/** An upload on a weak signal streams through for as long as the phone takes to send it. */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
const FORWARDED_REQUEST_HEADERS = ["accept", "content-type", "accept-language"];
// The tag sheet (an HTML page) keeps its Content-Security-Policy: its one script is its "Print" button.
const FORWARDED_RESPONSE_HEADERS = [
  "content-type",
  "content-language",
  "retry-after",
  "content-security-policy",
];

export interface PortalProxyConfig {
  backendUrl: string;
  /** The browser's address (Astro's `clientAddress`), sent on as `x-forwarded-for` for rate limits. */
  clientIp: string | undefined;
}

function json(status: number, body: Record<string, unknown>, extra: HeadersInit = {}): Response {
  const headers = new Headers(extra);
  headers.set("Content-Type", "application/json");
  headers.set("Cache-Control", "private, no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

function upstreamHeaders(request: Request, route: PortalRoute, config: PortalProxyConfig): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (config.clientIp) headers.set("x-forwarded-for", config.clientIp);
  if (route.kind === "reset-update") {
    // The reset token came by email; the caller holds it, not the cookie.
    const authorization = request.headers.get("authorization");
    if (authorization) headers.set("authorization", authorization);
  } else if (route.kind === "artisan" || route.kind === "photo-upload") {
    const token = tokenFromCookieHeader(request.headers.get("cookie"));
    if (token) headers.set("authorization", `Bearer ${token}`);
  }
  return headers;
}

/** The body to send on: a stream for photos (never buffered whole), bytes for the rest. */
async function upstreamBody(
  request: Request,
  route: PortalRoute,
  state: { exceeded: boolean },
): Promise<{ body?: BodyInit; streamed: boolean }> {
  if (request.method === "GET" || request.method === "HEAD") return { streamed: false };
  const limit = route.kind === "photo-upload" ? MAX_PHOTO_BODY_BYTES : MAX_JSON_BODY_BYTES;
  const length = declaredLength(request);
  if (length !== undefined && length > limit) {
    if (length <= DISCARD_LIMIT_BYTES) await discardBody(request.body);
    throw new BodyTooLargeError(limit);
  }
  if (route.kind === "photo-upload" && request.body) {
    return { body: limitStream(request.body, limit, state), streamed: true };
  }
  const bytes = await readLimited(request.body, limit);
  return { body: bytes.byteLength ? bytes : undefined, streamed: false };
}

function tooLarge(route: PortalRoute): Response {
  const code = route.kind === "photo-upload" ? "photo_too_large" : "body_too_large";
  return json(413, { type: "invalid_data", code, message: "The request body is too large" });
}

/** Takes the token out of a sign-in or invite answer into the cookie; the body keeps the rest. */
async function withSession(response: Response, secure: boolean, out: Headers): Promise<Response> {
  const body: unknown = await response.json().catch(() => ({}));
  const record = body && typeof body === "object" ? { ...(body as Record<string, unknown>) } : {};
  const token = typeof record.token === "string" ? record.token : undefined;
  delete record.token;
  if (!token) {
    return json(502, { type: "unexpected_state", code: "unknown", message: "Medusa answered no token" });
  }
  out.append("Set-Cookie", sessionCookie(token, secure));
  out.set("Content-Type", "application/json");
  return new Response(JSON.stringify({ ...record, signed_in: true }), {
    status: response.status,
    headers: out,
  });
}

export async function proxyPortal(
  request: Request,
  path: string,
  config: PortalProxyConfig,
): Promise<Response> {
  const incoming = new URL(request.url);
  const secure = isHttps(incoming);
  const route = portalRoute(path);
  if (!route) return json(404, { type: "not_found", code: "not_found", message: "Unknown portal route" });
  if (!route.methods.includes(request.method)) {
    const allow = route.methods.join(", ");
    return json(405, { type: "not_allowed", message: "Method not allowed" }, { Allow: allow });
  }
  if (isCrossSiteRequest(request, incoming.origin)) {
    return json(403, { type: "not_allowed", code: "cross_site", message: "Cross-site requests are refused" });
  }
  if (route.kind === "sign-out" || !route.medusaPath) {
    return json(200, { signed_out: true }, { "Set-Cookie": clearedSessionCookie(secure) });
  }

  const state = { exceeded: false };
  const upstream = await upstreamBody(request, route, state).catch((error: unknown) => {
    if (error instanceof BodyTooLargeError) return undefined;
    throw error;
  });
  if (!upstream) return tooLarge(route);
  const { body, streamed } = upstream;
  const url = new URL(route.medusaPath + incoming.search, config.backendUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: upstreamHeaders(request, route, config),
      body,
      signal: AbortSignal.timeout(streamed ? UPLOAD_TIMEOUT_MS : TIMEOUT_MS),
      redirect: "manual",
      ...(streamed ? { duplex: "half" } : {}),
    } as RequestInit);
  } catch (error) {
    if (state.exceeded || error instanceof BodyTooLargeError) {
      return tooLarge(route);
    }
    console.error(`[portal proxy] ${request.method} ${url.pathname}: Medusa unreachable (${String(error)})`);
    return json(
      503,
      { type: "unavailable", code: "unavailable", message: "The shop cannot be reached right now" },
      { "Retry-After": "30" },
    );
  }

  const out = new Headers({ "Cache-Control": "private, no-store" });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value) out.set(name, value);
  }
  const signsIn = route.kind === "sign-in" || route.kind === "accept-invite";
  if (signsIn && response.ok) return withSession(response, secure, out);
  if (response.status === 401 && route.kind !== "reset-update") {
    out.append("Set-Cookie", clearedSessionCookie(secure));
  }
  return new Response(response.body, { status: response.status, headers: out });
}
