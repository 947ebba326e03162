import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SKIPPED_DIRS = new Set(["node_modules", "dist", ".medusa", ".astro", ".data", ".cache", ".git"]);

/**
 * A digest of the given files and folders (contents, recursively) and of build-time settings
 * (e.g. the site URL baked into a build), to tell if a build is current.
 */
export function hashSources(paths: string[], settings: string[] = []): string {
  const hash = createHash("sha256");
  for (const setting of settings) hash.update(setting).update("\0");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (!SKIPPED_DIRS.has(entry)) visit(path.join(p, entry));
      }
    } else {
      hash.update(p).update("\0").update(readFileSync(p)).update("\0");
    }
  };
  for (const p of paths) visit(p);
  return hash.digest("hex");
}

const stampName = ".kontum-build-hash";

export function isBuildCurrent(outputDir: string, digest: string): boolean {
  const stamp = path.join(outputDir, stampName);
  return existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest;
}

export function markBuildCurrent(outputDir: string, digest: string): void {
  writeFileSync(path.join(outputDir, stampName), digest + "\n");
}
