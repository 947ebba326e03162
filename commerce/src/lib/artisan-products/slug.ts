import { HANDLE_PATTERN } from "../../modules/craft/vocabulary";

const MAX_SLUG_LENGTH = 80;
/** Used when a title has no letter or digit at all. */
const FALLBACK_SLUG = "san-pham";

/**
 * An accent-free handle from a Vietnamese title: "Gùi đan Ba Na" → "gui-dan-ba-na". đ becomes d,
 * diacritics go, anything that is not a-z or 0-9 becomes a hyphen; at most 80 characters.
 */
export function slugify(title: string): string {
  const ascii = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  const slug = ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return HANDLE_PATTERN.test(slug) ? slug : FALLBACK_SLUG;
}

/** `base`, or `base-2`, `base-3`… : the first one not in `taken`. */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
