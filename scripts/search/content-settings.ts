import type { Settings } from "meilisearch";
import type { ContentIndexName } from "../../search-config/indexes.ts";
import { storySettings } from "../../search-config/stories.ts";
import { villageSettings } from "../../search-config/villages.ts";

/** The declared settings of each content index (search-config/villages.ts, stories.ts). */
export const CONTENT_SETTINGS = {
  villages: villageSettings,
  stories: storySettings,
} satisfies Record<ContentIndexName, Settings>;

/** Settings whose lists are sets: Meilisearch may return them in another order. */
const UNORDERED_LISTS = new Set([
  "filterableAttributes",
  "sortableAttributes",
  "stopWords",
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
  "disableOnAttributes",
  "disableOnWords",
]);
/** Settings that are maps of data (every key counts, not only the declared ones). */
const EXACT_RECORDS = new Set(["synonyms"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const sortedJson = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort();

const sameSet = (a: unknown[], b: unknown[]) => {
  const [x, y] = [sortedJson(a), sortedJson(b)];
  return x.length === y.length && x.every((item, i) => item === y[i]);
};

function matches(declared: unknown, actual: unknown, key: string): boolean {
  if (Array.isArray(declared)) {
    if (!Array.isArray(actual) || actual.length !== declared.length) return false;
    if (UNORDERED_LISTS.has(key)) return sameSet(declared, actual);
    return declared.every((item, i) => matches(item, actual[i], key));
  }
  if (isObject(declared)) {
    if (!isObject(actual)) return false;
    if (EXACT_RECORDS.has(key)) {
      // A map of data (synonyms): the same keys, each with the same set of values.
      const names = Object.keys(declared);
      return (
        names.length === Object.keys(actual).length &&
        names.every((name) => {
          const [a, b] = [declared[name], actual[name]];
          return Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : a === b;
        })
      );
    }
    // An options object (typoTolerance, faceting): the declared keys; the others keep their defaults.
    return Object.entries(declared).every(([name, value]) => matches(value, actual[name], name));
  }
  return declared === actual;
}

/**
 * The declared settings that the index does not have, by name (empty when it has them all). Meilisearch
 * returns every setting with its defaults filled in, so only what is declared is compared.
 */
export function settingsDifferences(declared: Settings, actual: Settings): string[] {
  return Object.entries(declared)
    .filter(([name, value]) => !matches(value, (actual as Record<string, unknown>)[name], name))
    .map(([name]) => name);
}
