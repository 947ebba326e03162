import { existsSync } from "node:fs";
import path from "node:path";
import { spawnManaged, type ManagedChild } from "../../scripts/stack/child-process.ts";
import { waitForLine } from "./wait-for-line.ts";

const REDIS_BINARY = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

/** A real Debian `redis-server` on `port`, with no persistence, for Redis-mode tests. */
export async function startRedis(port: number, dir: string): Promise<ManagedChild> {
  if (!existsSync(REDIS_BINARY)) {
    throw new Error(
      `redis-server not found at ${REDIS_BINARY}: install it (apt-get install -y redis-server; .ci/run does) or set REDIS_SERVER_PATH`,
    );
  }
  const logFile = path.join(dir, "redis.log");
  const redis = spawnManaged(
    "Redis",
    REDIS_BINARY,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { cwd: dir, env: process.env, logFile },
  );
  await waitForLine(logFile, /Ready to accept connections/, 15_000);
  return redis;
}
