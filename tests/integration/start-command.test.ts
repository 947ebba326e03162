import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { processesMentioning } from "../../scripts/stack/process-tree.ts";
import { freePortsEnv } from "../../scripts/stack/ports.ts";
import { runStart, type StartRun } from "../harness/run-start.ts";
import { withServerIslands } from "../harness/server-islands.ts";

// `npm start` end to end on a fresh data folder: ready, then stopped by SIGTERM, then started again
// on the same data without seeding twice. (Its timings are measured by `npm run bench:stack`.) A first
// start migrates and seeds the sample catalogue, artisans, marks and trace records: on two busy cores that
// takes longer than the project's default test timeout, hence the longer limit (a hang still fails).
const FIRST_START_LIMIT_MS = 360_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "kontum-npm-start-"));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function productCount(run: StartRun, medusaPort: string): Promise<number> {
  const key = /Store key {5}(\S+)/.exec(run.output());
  expect(key, "start output names no publishable key").toBeTruthy();
  const response = await fetch(`http://127.0.0.1:${medusaPort}/store/products?limit=1`, {
    headers: { "x-publishable-api-key": key?.[1] ?? "" },
  });
  const body = await response.json();
  return body.count;
}

async function stopWithSigterm(run: StartRun): Promise<void> {
  run.child.kill("SIGTERM");
  expect(await run.exited).toBe(0);
  expect(processesMentioning(dataDir)).toEqual([]);
  const pgLog = readFileSync(path.join(dataDir, "logs", "postgres.log"), "utf8").trimEnd();
  expect(pgLog.split("\n").slice(-3).join("\n")).toContain("database system is shut down");
}

describe("npm start", () => {
  let ports: Record<string, string>;
  let firstCount = 0;

  it(
    "starts everything on a fresh folder, prints one summary, and stops cleanly on SIGTERM",
    async () => {
      ports = await freePortsEnv();
      const run = runStart(dataDir, ports);
      await run.ready;
      const out = run.output();
      expect(out).toContain(`Storefront    http://localhost:${ports.STOREFRONT_PORT}`);
      expect(out).toContain(`Admin         http://localhost:${ports.MEDUSA_PORT}/app`);
      expect(out).toMatch(/Admin login {3}\S+@\S+ \/ \S+/);
      expect(out).toContain("Medusa: applying database migrations");
      expect(out).toContain("Medusa: admin user and sample data");
      // New products come in the home page's server island, fresh from Medusa.
      const home = await withServerIslands(`http://127.0.0.1:${ports.STOREFRONT_PORT}`, "/");
      expect(home.all).toContain('data-testid="product-card"');
      firstCount = await productCount(run, ports.MEDUSA_PORT);
      expect(firstCount).toBeGreaterThan(0);
      await stopWithSigterm(run);
    },
    FIRST_START_LIMIT_MS,
  );

  it("reuses the data on a second start: no migrations or seeding again, no duplicates", async () => {
    const run = runStart(dataDir, ports);
    await run.ready;
    expect(run.output()).not.toContain("sample data");
    expect(run.output()).not.toContain("Generated local secrets");
    expect(await productCount(run, ports.MEDUSA_PORT)).toBe(firstCount);
    await stopWithSigterm(run);
  });
});
