import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute paths of the repository's parts, resolved once. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const COMMERCE_DIR = path.join(ROOT, "commerce");
export const MEDUSA_BUILD_DIR = path.join(COMMERCE_DIR, ".medusa", "server");
export const MEDUSA_CLI = path.join(COMMERCE_DIR, "node_modules", "@medusajs", "cli", "cli.js");
export const SITE_DIST_DIR = path.join(ROOT, "dist");
export const ASTRO_CLI = path.join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
export const DEFAULT_DATA_DIR = path.join(ROOT, ".data");
export const LOCAL_ENV_FILE = path.join(ROOT, ".env.local");

/** A path as the user should read it: relative to the repository when inside it. */
export function displayPath(p: string): string {
  const rel = path.relative(ROOT, p);
  return rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}
