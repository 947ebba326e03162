import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOrCreateLocalSecrets, parseEnvFile } from "../../scripts/stack/local-env.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "kontum-env-"));
const file = path.join(dir, ".env.local");
afterEach(() => rmSync(file, { force: true }));

describe("local secrets (.env.local)", () => {
  it("are generated on the first run, private to the owner, and stable afterwards", () => {
    const first = loadOrCreateLocalSecrets(file);
    expect(first.created).toBe(true);
    expect(first.secrets.MEILI_MASTER_KEY.length).toBeGreaterThanOrEqual(16);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = loadOrCreateLocalSecrets(file);
    expect(second.created).toBe(false);
    expect(second.secrets).toEqual(first.secrets);
  });

  it("keep values a person set by hand and add only what is missing", () => {
    writeFileSync(file, "# mine\nADMIN_PASSWORD=chosen-by-me\nOTHER=kept\n");
    const { secrets, created } = loadOrCreateLocalSecrets(file);
    expect(created).toBe(true);
    expect(secrets.ADMIN_PASSWORD).toBe("chosen-by-me");
    const saved = parseEnvFile(readFileSync(file, "utf8"));
    expect(saved.OTHER).toBe("kept");
    expect(saved.JWT_SECRET).toBe(secrets.JWT_SECRET);
  });

  it("parse quoted values and ignore comments", () => {
    expect(parseEnvFile('# c\nA="x y"\n\nB=2\nbroken line\n')).toEqual({ A: "x y", B: "2" });
  });
});
