/**
 * The artisan's session: Medusa's JWT (actor type "artisan") kept in an httpOnly, SameSite=Strict
 * cookie, so page JavaScript never sees it. The cookie lives as long as the token.
 */
export const ARTISAN_COOKIE = "kt_artisan";
/** When a token carries no readable expiry: Medusa's default JWT lifetime is one day. */
const FALLBACK_MAX_AGE_SECONDS = 24 * 60 * 60;

/** The `exp` claim of a JWT (seconds since the epoch), without verifying it: Medusa verifies. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (claims && typeof claims === "object" && "exp" in claims && typeof claims.exp === "number") {
      return claims.exp;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Seconds the cookie should live: until the token expires (0 when it already has). */
export function sessionMaxAge(token: string, nowMs = Date.now()): number {
  const exp = jwtExpiry(token);
  if (exp === undefined) return FALLBACK_MAX_AGE_SECONDS;
  return Math.max(0, Math.floor(exp - nowMs / 1000));
}

function attributes(secure: boolean, maxAge: number): string {
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? "; Secure" : ""}`;
}

/** `Set-Cookie` value that stores the token. `secure` when the site is served over https. */
export function sessionCookie(token: string, secure: boolean, nowMs = Date.now()): string {
  return `${ARTISAN_COOKIE}=${encodeURIComponent(token)}; ${attributes(secure, sessionMaxAge(token, nowMs))}`;
}

/** `Set-Cookie` value that removes the session. */
export function clearedSessionCookie(secure: boolean): string {
  return `${ARTISAN_COOKIE}=; ${attributes(secure, 0)}`;
}

/** The token from a request's `Cookie` header, if any. */
export function tokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === ARTISAN_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return value || undefined;
    }
  }
  return undefined;
}

/** Whether the site is served over https (then cookies get `Secure`). */
export function isHttps(url: URL): boolean {
  return url.protocol === "https:";
}
