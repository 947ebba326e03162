import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** How long an invite link works. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const TOKEN_BYTES = 32;
/** 32 bytes in base64url: 43 characters, no padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new invite token: 32 random bytes, base64url. Sent once in the link; never stored. */
export function generateInviteToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Whether a string has the shape of an invite token (anything else is refused before any lookup). */
export function isInviteTokenShape(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** The hex sha256 of a token: what the database keeps. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a token with a stored hash in constant time. */
export function inviteTokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashInviteToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The dates that decide whether an invite can still be accepted. */
export interface InviteDates {
  expires_at: Date | string;
  accepted_at: Date | string | null;
  revoked_at: Date | string | null;
}

export type InviteState = "open" | "accepted" | "revoked" | "expired";

/** Where an invite stands at `now`. */
export function inviteState(invite: InviteDates, now: Date = new Date()): InviteState {
  if (invite.accepted_at) return "accepted";
  if (invite.revoked_at) return "revoked";
  return new Date(invite.expires_at).getTime() > now.getTime() ? "open" : "expired";
}

/** The link an artisan opens to set a password. */
export function inviteUrl(storefrontUrl: string, token: string): string {
  return `${storefrontUrl}/portal/invite?token=${encodeURIComponent(token)}`;
}

/** The link of a password-reset email. */
export function passwordResetUrl(storefrontUrl: string, token: string, email: string): string {
  const query = new URLSearchParams({ token, email });
  return `${storefrontUrl}/portal/reset-password?${query.toString()}`;
}
