import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initialiseCluster } from "../../scripts/stack/postgres-cluster.ts";
import { processesMentioning } from "../../scripts/stack/process-tree.ts";
import { freePortsEnv } from "../../scripts/stack/ports.ts";
import { runStart } from "../harness/run-start.ts";

// `npm start` must never hang on a bad start: it names the part and says what to do.
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-start-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("npm start on a bad start", () => {
  it("names the part and the variable when a port is already in use", async () => {
    const ports = await freePortsEnv();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(ports.STOREFRONT_PORT), "127.0.0.1", resolve));
    try {
      const run = runStart(tempDir(), ports);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Storefront: port ${ports.STOREFRONT_PORT} is already in use`);
      expect(run.output()).toContain("STOREFRONT_PORT=<port> npm start");
    } finally {
      blocker.close();
    }
  });

  it("refuses a Postgres data folder that is not one, and says how to reset", async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, "postgres"), { recursive: true });
    writeFileSync(path.join(dataDir, "postgres", "leftover.txt"), "not a database");
    const run = runStart(dataDir, await freePortsEnv());
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Postgres \(embedded\): .*is not a Postgres data folder/);
    expect(run.output()).toContain("npm run reset");
  });

  it("explains a damaged Postgres cluster instead of hanging", async () => {
    const dataDir = tempDir();
    const pgDir = path.join(dataDir, "postgres");
    await initialiseCluster(pgDir, "x", path.join(dataDir, "initdb.log"));
    rmSync(path.join(pgDir, "global", "pg_control"));
    const run = runStart(dataDir, await freePortsEnv());
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Postgres (embedded): could not start from its data folder");
    expect(run.output()).toContain("npm run reset");
  });

  it("names Meilisearch when its data is damaged, and stops Postgres cleanly without orphans", async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, "meilisearch", "data.ms"), { recursive: true });
    writeFileSync(path.join(dataDir, "meilisearch", "data.ms", "VERSION"), "garbage");
    const run = runStart(dataDir, await freePortsEnv());
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("✖ Meilisearch:");
    expect(run.output()).toContain("npm run reset -- --search");
    expect(processesMentioning(dataDir)).toEqual([]);
  });
});
