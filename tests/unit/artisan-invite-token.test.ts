import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  generateInviteToken,
  hashInviteToken,
  INVITE_TTL_MS,
  inviteState,
  inviteTokenMatches,
  inviteUrl,
  isInviteTokenShape,
  passwordResetUrl,
} from "../../commerce/src/lib/artisan-auth/invite-token.ts";

describe("artisan invite tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, generateInviteToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isInviteTokenShape(token)).toBe(true);
    }
  });

  it("are kept as their sha256 only, and compared with it", () => {
    const token = generateInviteToken();
    const stored = hashInviteToken(token);
    expect(stored).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored).not.toContain(token);
    expect(inviteTokenMatches(token, stored)).toBe(true);
    expect(inviteTokenMatches(generateInviteToken(), stored)).toBe(false);
    expect(inviteTokenMatches(token, "abcd")).toBe(false);
  });

  it("refuses strings that are not token-shaped", () => {
    for (const bad of ["", "short", `${"A".repeat(43)}=`, `${"A".repeat(42)}+`, "../../etc/passwd"]) {
      expect(isInviteTokenShape(bad)).toBe(false);
    }
  });

  it("are open for 7 days until used or replaced", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const fresh = {
      expires_at: new Date(now.getTime() + INVITE_TTL_MS),
      accepted_at: null,
      revoked_at: null,
    };
    expect(INVITE_TTL_MS).toBe(7 * 24 * 3600 * 1000);
    expect(inviteState(fresh, now)).toBe("open");
    expect(inviteState(fresh, new Date(now.getTime() + INVITE_TTL_MS))).toBe("expired");
    expect(inviteState({ ...fresh, accepted_at: now }, now)).toBe("accepted");
    expect(inviteState({ ...fresh, revoked_at: now.toISOString() }, now)).toBe("revoked");
  });

  it("make the portal's links", () => {
    expect(inviteUrl("https://kontum.example", "abc_-")).toBe(
      "https://kontum.example/portal/invite?token=abc_-",
    );
    const reset = new URL(passwordResetUrl("http://localhost:4321", "a.b.c", "y+1@example.test"));
    expect(reset.pathname).toBe("/portal/reset-password");
    expect(reset.searchParams.get("token")).toBe("a.b.c");
    expect(reset.searchParams.get("email")).toBe("y+1@example.test");
  });
});
