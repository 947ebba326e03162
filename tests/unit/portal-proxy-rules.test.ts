import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "../../site/lib/portal/cross-site.ts";
import { BodyTooLargeError, limitStream, readLimited } from "../../site/lib/portal/limited-body.ts";
import { safeNext } from "../../site/lib/portal/paths.ts";
import { portalRoute } from "../../site/lib/portal/proxy-routes.ts";
import {
  clearedSessionCookie,
  sessionCookie,
  sessionMaxAge,
  tokenFromCookieHeader,
} from "../../site/lib/portal/session-cookie.ts";

const jwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;

describe("portal proxy routes", () => {
  it("forwards the artisan routes and the artisan auth routes of the contract only", () => {
    expect(portalRoute("artisan/products")?.kind).toBe("artisan");
    expect(portalRoute("artisan/products/prod_1/photos")?.kind).toBe("photo-upload");
    expect(portalRoute("artisan/invites/abc/accept")?.kind).toBe("accept-invite");
    expect(portalRoute("auth/artisan/emailpass")?.kind).toBe("sign-in");
    expect(portalRoute("auth/artisan/emailpass/reset-password")?.kind).toBe("reset-request");
    expect(portalRoute("auth/artisan/emailpass/update")?.kind).toBe("reset-update");
    expect(portalRoute("sign-out")?.kind).toBe("sign-out");
    for (const refused of [
      "admin/products",
      "store/products",
      "auth/user/emailpass",
      "auth/customer/emailpass",
      "artisan",
      "artisan/../admin/users",
      "artisan/%2e%2e/admin",
      "artisan//products",
      "",
    ]) {
      expect(portalRoute(refused), refused).toBeUndefined();
    }
  });
});

describe("the session cookie", () => {
  it("is httpOnly, SameSite=Strict, lives as long as the JWT and is Secure on https only", () => {
    const now = Date.UTC(2025, 0, 1);
    const token = jwt({ actor_type: "artisan", exp: now / 1000 + 3600 });
    expect(sessionMaxAge(token, now)).toBe(3600);
    const cookie = sessionCookie(token, false, now);
    expect(cookie).toMatch(/^kt_artisan=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Max-Age=3600");
    expect(cookie).not.toContain("Secure");
    expect(sessionCookie(token, true, now)).toContain("; Secure");
    expect(clearedSessionCookie(false)).toContain("Max-Age=0");
    expect(tokenFromCookieHeader(`a=1; kt_artisan=${encodeURIComponent(token)}; b=2`)).toBe(token);
    expect(tokenFromCookieHeader("a=1")).toBeUndefined();
  });
});

describe("cross-site requests", () => {
  const site = "https://kontumcrafts.vn";
  const post = (headers: Record<string, string>) =>
    new Request(`${site}/portal-api/x`, { method: "POST", headers });
  it("refuses unsafe requests from another origin or site, lets same-origin and server calls pass", () => {
    expect(isCrossSiteRequest(post({ origin: "https://evil.example" }), site)).toBe(true);
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "cross-site" }), site)).toBe(true);
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "same-site" }), site)).toBe(true);
    expect(isCrossSiteRequest(post({ origin: site, "sec-fetch-site": "same-origin" }), site)).toBe(false);
    expect(isCrossSiteRequest(post({}), site)).toBe(false);
    expect(isCrossSiteRequest(new Request(site, { headers: { origin: "https://evil.example" } }), site)).toBe(
      false,
    );
  });
});

describe("sign-in redirects", () => {
  it("follow only portal paths of this site", () => {
    expect(safeNext("/portal/orders", "vi")).toBe("/portal/orders");
    expect(safeNext("/en/portal/products/prod_1", "en")).toBe("/en/portal/products/prod_1");
    expect(safeNext("//evil.example/portal", "vi")).toBe("/portal/products");
    expect(safeNext("https://evil.example/portal", "en")).toBe("/en/portal/products");
    expect(safeNext("/admin", "vi")).toBe("/portal/products");
  });
});

describe("body limits", () => {
  const streamOf = (sizes: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of sizes) controller.enqueue(new Uint8Array(size));
        controller.close();
      },
    });
  it("reads small bodies and refuses large ones without reading on", async () => {
    expect((await readLimited(streamOf([10, 20]), 30)).byteLength).toBe(30);
    await expect(readLimited(streamOf([20, 20]), 30)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
  it("errors a stream once it passes the limit", async () => {
    const state = { exceeded: false };
    const limited = limitStream(streamOf([20, 20]), 30, state);
    await expect(new Response(limited).arrayBuffer()).rejects.toBeDefined();
    expect(state.exceeded).toBe(true);
  });
});
