/** Methods that change nothing: never refused. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether an unsafe request (POST, DELETE…) comes from another site: browsers send `Sec-Fetch-Site`
 * and `Origin` on such requests; either one naming another origin refuses it. A request with neither
 * header (a server-side client, a test) is not a browser's cross-site request and passes.
 */
export function isCrossSiteRequest(request: Request, siteOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin && origin !== siteOrigin) return true;
  return false;
}
