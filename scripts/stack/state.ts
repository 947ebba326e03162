import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What earlier starts already did to a database, so a later start skips it. */
interface StackState {
  /** database key → digest of the Medusa build whose migrations were applied */
  migrated: Record<string, string>;
  /** database key → digest of the Medusa build whose setup ran (admin user, sample data) */
  setUp: Record<string, string | boolean>;
}

export function databaseKey(url: string): string {
  return createHash("sha256")
    .update(url.replace(/:[^:@/]*@/, "@"))
    .digest("hex")
    .slice(0, 16);
}

export function readState(dataDir: string): StackState {
  const file = path.join(dataDir, "state.json");
  if (!existsSync(file)) return { migrated: {}, setUp: {} };
  try {
    const parsed: Partial<StackState> = JSON.parse(readFileSync(file, "utf8"));
    return { migrated: parsed.migrated ?? {}, setUp: parsed.setUp ?? {} };
  } catch {
    return { migrated: {}, setUp: {} };
  }
}

export function writeState(dataDir: string, state: StackState): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, "state.json"), JSON.stringify(state, null, 2) + "\n");
}
