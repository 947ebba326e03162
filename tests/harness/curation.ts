import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../../scripts/stack/paths.ts";
import { adminClient } from "./medusa-clients.ts";
import { withServerIslands } from "./server-islands.ts";
import type { TestStackInfo } from "./test-stack.ts";

export type Locale = "vi" | "en";

/** The home page's curation as POST /admin/curation/home takes it. */
export interface HomeCurationBody {
  featured_villages: string[];
  seasonal_festival: string | null;
  itineraries: string[];
}

/**
 * How long the storefront may show the previous curation: its cache (30 s,
 * site/lib/commerce/home-curation.ts) and some slack for a busy machine.
 */
export const CURATION_DEADLINE_MS = 45_000;

/** A front-matter field of `content/<collection>/<locale>/<handle>.md`. */
export function frontMatter(collection: string, locale: Locale, handle: string, field: string): string {
  const text = readFileSync(path.join(ROOT, "content", collection, locale, `${handle}.md`), "utf8");
  const match = new RegExp(`^${field}: (.+)$`, "m").exec(text);
  if (!match) throw new Error(`no ${field} in content/${collection}/${locale}/${handle}.md`);
  return match[1]!.trim().replace(/^"(.*)"$/, "$1");
}

/** The content's own featured villages (front matter `featured`, `order`): the home page's default. */
export function defaultFeaturedVillages(): string[] {
  const folder = path.join(ROOT, "content/villages/vi");
  return readdirSync(folder)
    .map((file) => ({
      handle: file.replace(/\.md$/, ""),
      text: readFileSync(path.join(folder, file), "utf8"),
    }))
    .filter(({ text }) => /^featured: true$/m.test(text))
    .map(({ handle, text }) => ({ handle, order: Number(/^order: (\d+)$/m.exec(text)![1]) }))
    .sort((a, b) => a.order - b.order)
    .map(({ handle }) => handle);
}

/** The choices that give the home page its look from before curation (content defaults). */
export const DEFAULT_CURATION = (): HomeCurationBody => ({
  featured_villages: defaultFeaturedVillages(),
  seasonal_festival: null,
  itineraries: [],
});

/** Saves the home page's curation as the seeded admin; returns the admin API's answer. */
export async function saveHomeCuration(stack: TestStackInfo, body: HomeCurationBody) {
  const admin = await adminClient(stack);
  return admin.client.fetch<HomeCurationBody & { updated_at: string; updated_by: string | null }>(
    "/admin/curation/home",
    { method: "POST", body },
  );
}

const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The village names of featured-village cards in `html`, in order. */
export function featuredVillageNames(html: string): string[] {
  return html
    .split('data-testid="featured-village"')
    .slice(1)
    .map((card) => /<h3[^>]*>\s*<a [^>]*>([^<]+)<\/a>/.exec(card)?.[1]?.trim() ?? "");
}

/** The home page of `locale` with its server islands filled in (entities decoded). */
export function homePage(base: string, locale: Locale) {
  return withServerIslands(base, locale === "vi" ? "/" : "/en/", { transform: decode });
}

/** Retries `check` (a throwing assertion) until it passes or `deadlineMs` has passed. */
export async function eventually<T>(check: () => Promise<T>, deadlineMs = CURATION_DEADLINE_MS): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
