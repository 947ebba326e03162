import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SearchLanguage } from "@kontum/search-config/products";

/** Village handle → name, per language. */
export type VillageNames = Record<SearchLanguage, ReadonlyMap<string, string>>;

const VILLAGES_DIR = path.join("content", "villages");

/**
 * The villages' names from the content collection (`content/villages/<lang>/<handle>.md`, front-matter
 * `name:`): villages are content, not commerce data, and the product documents carry their names so that
 * "Kon K'Tu" finds the village's products. Found by walking up from this file (source or build), or at
 * `KONTUM_CONTENT_DIR`. Read once per process: a renamed village reaches the index after a restart and a
 * rebuild (`npm run search:rebuild`).
 */
export function readVillageNames(contentDir = findContentDir()): VillageNames {
  return {
    vi: readNames(contentDir, "vi"),
    en: readNames(contentDir, "en"),
  };
}

function readNames(contentDir: string | undefined, language: SearchLanguage): Map<string, string> {
  const names = new Map<string, string>();
  if (!contentDir) return names;
  const dir = path.join(contentDir, VILLAGES_DIR, language);
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".md") && !file.endsWith(".mdx")) continue;
    const name = frontMatterName(readFileSync(path.join(dir, file), "utf8"));
    if (name) names.set(file.replace(/\.mdx?$/, ""), name);
  }
  return names;
}

/** The `name:` of a Markdown file's front matter, unquoted; undefined when there is none. */
export function frontMatterName(markdown: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1];
  const value = frontMatter && /^name:[ \t]*(.+)$/m.exec(frontMatter)?.[1]?.trim();
  if (!value) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return (quoted ? quoted[2] : value).normalize("NFC");
}

function findContentDir(): string | undefined {
  const fromEnv = process.env.KONTUM_CONTENT_DIR;
  if (fromEnv) return fromEnv;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, VILLAGES_DIR))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
