import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { startMedusa } from "../../scripts/stack/medusa.ts";
import { findFreePort } from "../../scripts/stack/ports.ts";
import { createArtisanAccount } from "../harness/artisans.ts";
import { startRedis } from "../harness/redis.ts";

// With REDIS_URL, two Medusa servers behind one address share the artisans' sign-in counts:
// failures on one server count on the other.
const stack = inject("stack");
const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-limit-redis-"));
const processes: ManagedChild[] = [];
const servers: string[] = [];

beforeAll(async () => {
  const redisPort = await findFreePort();
  processes.push(await startRedis(redisPort, dir));
  for (const name of ["a", "b"]) {
    const port = await findFreePort();
    const logDir = path.join(dir, name);
    mkdirSync(logDir);
    const options = {
      env: { ...stack.medusaEnv, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
      logDir,
      echo: false,
    };
    processes.push(await startMedusa("server", port, "MEDUSA_PORT", options));
    servers.push(`http://127.0.0.1:${port}`);
  }
});

afterAll(async () => {
  for (const child of processes.reverse()) await child.stop();
  rmSync(dir, { recursive: true, force: true });
});

const signIn = (server: string, email: string, password: string) =>
  fetch(`${server}/auth/artisan/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.77" },
    body: JSON.stringify({ email, password }),
  });

describe("sign-in limits with Redis (two servers)", () => {
  it("counts failures on one server against the other", async () => {
    const account = await createArtisanAccount(stack);
    const [first = "", second = ""] = servers;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const server = attempt % 2 ? first : second;
      expect((await signIn(server, account.email, `sai-${attempt}-mat-khau`)).status).toBe(401);
    }
    for (const server of [first, second]) {
      const refused = await signIn(server, account.email, account.password);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { code: string }).code).toBe("too_many_attempts");
    }
  });
});
