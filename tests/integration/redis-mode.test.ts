import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Medusa from "@medusajs/js-sdk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { startMedusa } from "../../scripts/stack/medusa.ts";
import { findFreePort } from "../../scripts/stack/ports.ts";
import { startRedis } from "../harness/redis.ts";
import { waitForLine } from "../harness/wait-for-line.ts";

// With REDIS_URL, Medusa runs as a server process and a worker process that share Redis:
// an event the server emits is handled by the worker, not by the server.
const stack = inject("stack");
const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-redis-"));
const processes: ManagedChild[] = [];
let serverUrl = "";

beforeAll(async () => {
  const redisPort = await findFreePort();
  processes.push(await startRedis(redisPort, dir));
  const options = {
    env: { ...stack.medusaEnv, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
    logDir: dir,
    echo: false,
  };
  const serverPort = await findFreePort();
  processes.push(await startMedusa("server", serverPort, "MEDUSA_PORT", options));
  processes.push(await startMedusa("worker", await findFreePort(), "MEDUSA_WORKER_PORT", options));
  serverUrl = `http://127.0.0.1:${serverPort}`;
});

afterAll(async () => {
  for (const child of processes.reverse()) await child.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("Redis mode (server + worker)", () => {
  it("hands an event emitted by the server process to the worker process", async () => {
    const sdk = new Medusa({ baseUrl: serverUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } });
    await sdk.auth.login("user", "emailpass", stack.admin);
    const { product } = await sdk.admin.product.create({
      title: "Sản phẩm thử chế độ Redis",
      status: "draft",
      options: [{ title: "Kích thước", values: ["Vừa"] }],
      variants: [
        {
          title: "Vừa",
          options: { "Kích thước": "Vừa" },
          prices: [{ currency_code: "vnd", amount: 100000 }],
        },
      ],
    });
    try {
      const pattern = new RegExp(
        `\\[kontum\\] product\\.created ${product.id} handled by pid \\d+ mode worker`,
      );
      await waitForLine(path.join(dir, "medusa-worker.log"), pattern, 30_000);
      expect(readFileSync(path.join(dir, "medusa.log"), "utf8")).not.toContain(
        `product.created ${product.id}`,
      );
    } finally {
      await sdk.admin.product.delete(product.id);
    }
  });
});
