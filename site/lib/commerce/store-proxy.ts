/**
 * Forwards the browser's `/store/*` calls to Medusa from the site's own origin: one origin means no
 * second DNS+TLS round trip on a weak mobile network, no CORS, no public Medusa URL. The publishable
 * key is added here; the buyer's cookies and credentials are never passed on.
 */

/** Request headers worth passing on; everything else (cookies, authorization) stays here. */
const FORWARDED_REQUEST_HEADERS = ["accept", "content-type", "accept-language"];
/** Response headers worth passing back. */
const FORWARDED_RESPONSE_HEADERS = ["content-type", "content-language"];
const TIMEOUT_MS = 15_000;
/** Largest body accepted from a browser (a checkout is a few kilobytes). */
const MAX_BODY_BYTES = 64 * 1024;

export interface ProxyConfig {
  backendUrl: string;
  publishableKey: string | undefined;
}

function json(status: number, body: Record<string, unknown>, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...extra },
  });
}

/** The Medusa URL for `/store/<path>?<search>`, or undefined when the path tries to leave `/store/`. */
export function targetUrl(backendUrl: string, path: string, search: string): URL | undefined {
  const segments = path.split("/");
  if (!path || segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    return undefined;
  }
  if (/%2e|%2f|%5c|\\/i.test(path)) return undefined;
  const url = new URL(`/store/${path}${search}`, backendUrl);
  return url.pathname.startsWith("/store/") ? url : undefined;
}

export async function proxyToMedusa(request: Request, path: string, config: ProxyConfig): Promise<Response> {
  const incoming = new URL(request.url);
  const url = targetUrl(config.backendUrl, path, incoming.search);
  if (!url) return json(404, { type: "not_found", message: "Unknown store route" });
  if (!["GET", "POST", "DELETE"].includes(request.method)) {
    return json(405, { type: "not_allowed", message: "Method not allowed" }, { Allow: "GET, POST, DELETE" });
  }

  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const locale = request.headers.get("x-medusa-locale");
  if (locale) headers.set("x-medusa-locale", locale);
  if (config.publishableKey) headers.set("x-publishable-api-key", config.publishableKey);

  let body: ArrayBuffer | undefined;
  if (request.method !== "GET") {
    body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY_BYTES)
      return json(413, { type: "invalid_data", message: "Body too large" });
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers,
      body: body?.byteLength ? body : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
  } catch (error) {
    console.error(`[store proxy] ${request.method} ${url.pathname}: Medusa unreachable (${String(error)})`);
    return json(
      503,
      { type: "unavailable", message: "The shop cannot be reached right now" },
      { "Retry-After": "30" },
    );
  }
  const out = new Headers({ "Cache-Control": "no-store" });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(response.body, { status: response.status, headers: out });
}
