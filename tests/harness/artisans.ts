import { randomBytes } from "node:crypto";
import { adminClient } from "./medusa-clients.ts";
import type { TestStackInfo } from "./test-stack.ts";

/** Fields of an artisan as POST /admin/artisans takes them (a test may override any). */
export interface ArtisanFields {
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: string;
  crafts: string[];
  title: string | null;
  bio: { vi: string; en?: string };
  photo_url: string | null;
  metadata: Record<string, unknown> | null;
}

/** An artisan with a portal account, signed in. */
export interface ArtisanAccount {
  artisanId: string;
  handle: string;
  email: string;
  password: string;
  /** The artisan's JWT (actor type "artisan"), for `Authorization: Bearer`. */
  token: string;
}

export interface ArtisanAccountOverrides extends Partial<ArtisanFields> {
  email?: string;
  password?: string;
}

/** A short random suffix, so that tests never collide on handles or emails. */
export const uniqueSuffix = (): string => randomBytes(4).toString("hex");

/** Fetches `${stack.medusa}${path}` with the artisan's bearer token; JSON body by default. */
export function artisanFetch(
  stack: TestStackInfo,
  token: string | null,
  path: string,
  init: Omit<RequestInit, "body"> & { body?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  let body: BodyInit | undefined;
  if (init.body === undefined || init.body === null) body = undefined;
  else if (typeof init.body === "string" || init.body instanceof FormData || init.body instanceof Blob) {
    body = init.body;
  } else {
    body = JSON.stringify(init.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return fetch(`${stack.medusa}${path}`, { ...init, headers, body });
}

/** Reads a JSON response, failing with the status and body when it is not the expected status. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`expected HTTP ${status} but got ${response.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as T;
}

/** Signs an artisan in with Medusa's emailpass provider; returns the JWT (throws on any other answer). */
export async function signInArtisan(stack: TestStackInfo, email: string, password: string): Promise<string> {
  const response = await artisanFetch(stack, null, "/auth/artisan/emailpass", {
    method: "POST",
    body: { email, password },
  });
  const { token } = await expectJson<{ token: string }>(response, 200);
  return token;
}

/** The token inside an invite link `${STOREFRONT_URL}/portal/invite?token=…`. */
export function inviteTokenOf(url: string): string {
  const token = new URL(url).searchParams.get("token");
  if (!token) throw new Error(`no token in invite link ${url}`);
  return token;
}

/** Invites an artisan (as the seeded admin); returns the invite as the admin API answers it. */
export async function inviteArtisan(
  stack: TestStackInfo,
  artisanId: string,
  email: string,
): Promise<{ id: string; email: string; url: string; expires_at: string; token: string }> {
  const admin = await adminClient(stack);
  const { invite } = await admin.client.fetch<{
    invite: { id: string; email: string; url: string; expires_at: string };
  }>(`/admin/artisans/${artisanId}/invites`, { method: "POST", body: { email } });
  return { ...invite, token: inviteTokenOf(invite.url) };
}

/**
 * Creates an artisan through the admin API, invites it, accepts the invite with a password and
 * returns the artisan's JWT. Every call makes a new artisan with a unique handle and email.
 */
export async function createArtisanAccount(
  stack: TestStackInfo,
  overrides: ArtisanAccountOverrides = {},
): Promise<ArtisanAccount> {
  const suffix = uniqueSuffix();
  const {
    email = `nghe-nhan-${suffix}@example.test`,
    password = `mat-khau-${suffix}`,
    ...fields
  } = overrides;
  const body: ArtisanFields = {
    handle: `nghe-nhan-${suffix}`,
    display_name: `Nghệ nhân ${suffix}`,
    village_handle: "kon-k-tu",
    ethnic_group: "ba-na",
    crafts: ["basketry"],
    title: null,
    bio: { vi: "Hồ sơ thử nghiệm (dữ liệu mẫu).", en: "A test profile (sample data)." },
    photo_url: null,
    metadata: { sample: true },
    ...fields,
  };
  const admin = await adminClient(stack);
  const { artisan } = await admin.client.fetch<{ artisan: { id: string; handle: string } }>(
    "/admin/artisans",
    { method: "POST", body },
  );
  const invite = await inviteArtisan(stack, artisan.id, email);
  const accepted = await artisanFetch(stack, null, `/artisan/invites/${invite.token}/accept`, {
    method: "POST",
    body: { password },
  });
  const { token } = await expectJson<{ token: string }>(accepted, 201);
  return { artisanId: artisan.id, handle: artisan.handle, email, password, token };
}
