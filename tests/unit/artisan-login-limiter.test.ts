import { describe, expect, it } from "vitest";
import { clientIp, isTrustedProxyAddress } from "../../commerce/src/lib/artisan-auth/client-ip.ts";
import {
  LOGIN_LIMITS,
  LoginLimiter,
  MemoryCounterStore,
} from "../../commerce/src/lib/artisan-auth/login-limiter.ts";

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  const limiter = new LoginLimiter(new MemoryCounterStore(() => clock.now));
  return { clock, limiter };
}

describe("sign-in limiter", () => {
  it("allows 5 attempts per email in 15 minutes, refuses the 6th until the window ends", async () => {
    const { clock, limiter } = limiterAt();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await limiter.begin("y@example.test", "1.2.3.4")).toEqual({ allowed: true });
    }
    clock.now += 60_000;
    expect(await limiter.begin("Y@Example.test ", "5.6.7.8")).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60,
    });
    expect((await limiter.begin("other@example.test", "1.2.3.4")).allowed).toBe(true);
    clock.now += 14 * 60_000;
    expect((await limiter.begin("y@example.test", "1.2.3.4")).allowed).toBe(true);
  });

  it("a success resets the email's count", async () => {
    const { limiter } = limiterAt();
    for (let attempt = 1; attempt <= 4; attempt += 1) await limiter.begin("y@example.test", "1.2.3.4");
    await limiter.begin("y@example.test", "1.2.3.4");
    await limiter.succeeded("y@example.test", "1.2.3.4");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await limiter.begin("y@example.test", "1.2.3.4")).allowed).toBe(true);
    }
    expect((await limiter.begin("y@example.test", "1.2.3.4")).allowed).toBe(false);
  });

  it("allows 20 attempts per client address, whatever the emails", async () => {
    const { clock, limiter } = limiterAt();
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perIp; attempt += 1) {
      expect((await limiter.begin(`u${attempt}@example.test`, "9.9.9.9")).allowed).toBe(true);
    }
    const refused = await limiter.begin("fresh@example.test", "9.9.9.9");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
    expect((await limiter.begin("fresh@example.test", "8.8.8.8")).allowed).toBe(true);
    clock.now += LOGIN_LIMITS.windowMs;
    expect((await limiter.begin("fresh@example.test", "9.9.9.9")).allowed).toBe(true);
  });

  it("successes do not use up the address's allowance", async () => {
    const { limiter } = limiterAt();
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      expect((await limiter.begin("busy@example.test", "10.0.0.1")).allowed).toBe(true);
      await limiter.succeeded("busy@example.test", "10.0.0.1");
    }
  });
});

describe("client address", () => {
  it("believes X-Forwarded-For only from loopback or private peers", () => {
    expect(clientIp("127.0.0.1", "203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("::ffff:127.0.0.1", "203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("10.1.2.3", "203.0.113.7, 10.0.0.5")).toBe("203.0.113.7");
    expect(clientIp("203.0.113.50", "1.1.1.1")).toBe("203.0.113.50");
    expect(clientIp("127.0.0.1", undefined)).toBe("127.0.0.1");
  });

  it("takes the nearest untrusted hop, so a client cannot choose its own address", () => {
    expect(clientIp("127.0.0.1", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("127.0.0.1", "not-an-ip, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("127.0.0.1", "10.0.0.9")).toBe("10.0.0.9");
  });

  it("knows private and loopback addresses", () => {
    for (const ip of [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "::1",
      "fd00::1",
    ]) {
      expect(isTrustedProxyAddress(ip)).toBe(true);
    }
    for (const ip of ["172.32.0.1", "8.8.8.8", "2001:db8::1", "localhost"]) {
      expect(isTrustedProxyAddress(ip)).toBe(false);
    }
  });
});
