import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnManaged } from "../../scripts/stack/child-process.ts";
import { watchForCrashes } from "../../scripts/stack/summary.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a part that crashes after start", () => {
  it("is reported by name, with its exit code and the end of its log", async () => {
    const child = spawnManaged(
      "Medusa server",
      process.execPath,
      [
        "-e",
        "console.error('Error: connection to the database was lost'); setTimeout(() => process.exit(3), 200)",
      ],
      { cwd: dir, env: process.env, logFile: path.join(dir, "medusa.log") },
    );
    const message = await new Promise<string>((resolve) => watchForCrashes({ children: [child] }, resolve));
    expect(message).toContain("✖ Medusa server stopped unexpectedly (exit code 3)");
    expect(message).toContain("connection to the database was lost");
    expect(message).toContain("What to do:");
  });
});
