/**
 * Which `/portal-api/<path>` calls the portal proxy passes to Medusa, and what it does with them.
 * Only the artisan routes and the artisan auth routes of the contract; everything else is a 404 here.
 */
export type PortalRouteKind =
  /** `/artisan/...`: the artisan's own data; the session cookie becomes `Authorization: Bearer`. */
  | "artisan"
  /** `POST /artisan/products/:id/photos`: a multipart upload, streamed through (≤ 15 MB). */
  | "photo-upload"
  /** `POST /artisan/invites/:token/accept`: answers a token, kept in the cookie. */
  | "accept-invite"
  /** `POST /auth/artisan/emailpass`: signing in; the token goes into the cookie. */
  | "sign-in"
  /** `POST /auth/artisan/emailpass/reset-password`: asks for a reset link (always 201). */
  | "reset-request"
  /** `POST /auth/artisan/emailpass/update`: a new password, with the reset token the caller holds. */
  | "reset-update"
  /** `POST /portal-api/sign-out`: handled here, never forwarded: clears the cookie. */
  | "sign-out";

export interface PortalRoute {
  kind: PortalRouteKind;
  /** The Medusa path, e.g. `/artisan/products` (undefined for `sign-out`). */
  medusaPath?: string;
  /** Methods this route takes. */
  methods: readonly string[];
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** The route of `/portal-api/<path>`, or undefined when the path is not one the portal may reach. */
export function portalRoute(path: string): PortalRoute | undefined {
  const segments = path.split("/");
  if (!path || segments.some((segment) => !SEGMENT.test(segment))) return undefined;
  const joined = `/${segments.join("/")}`;
  if (joined === "/sign-out") return { kind: "sign-out", methods: ["POST"] };
  if (joined === "/auth/artisan/emailpass") {
    return { kind: "sign-in", medusaPath: joined, methods: ["POST"] };
  }
  if (joined === "/auth/artisan/emailpass/reset-password") {
    return { kind: "reset-request", medusaPath: joined, methods: ["POST"] };
  }
  if (joined === "/auth/artisan/emailpass/update") {
    return { kind: "reset-update", medusaPath: joined, methods: ["POST"] };
  }
  if (segments[0] !== "artisan" || segments.length < 2) return undefined;
  if (segments.length === 4 && segments[1] === "invites" && segments[3] === "accept") {
    return { kind: "accept-invite", medusaPath: joined, methods: ["POST"] };
  }
  if (segments.length === 4 && segments[1] === "products" && segments[3] === "photos") {
    return { kind: "photo-upload", medusaPath: joined, methods: ["POST"] };
  }
  return { kind: "artisan", medusaPath: joined, methods: ["GET", "POST", "DELETE"] };
}
