import { describe, expect, it } from "vitest";
import { CONTENT_SETTINGS, settingsDifferences } from "../../scripts/search/content-settings.ts";

// The content indexer rebuilds an index only when its settings differ from the declared ones; Meilisearch
// answers with every setting, defaults filled in and sets in its own order, which must not count.

const declared = CONTENT_SETTINGS.villages;

/** The declared settings as GET /indexes/villages/settings returns them. */
function asMeilisearchReturnsThem() {
  return {
    ...declared,
    displayedAttributes: ["*"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    filterableAttributes: [...declared.filterableAttributes].sort().reverse(),
    typoTolerance: { ...declared.typoTolerance, disableOnWords: [], disableOnNumbers: true },
    synonyms: Object.fromEntries(
      Object.entries(declared.synonyms ?? {})
        .reverse()
        .map(([word, list]) => [word, [...list].reverse()]),
    ),
    pagination: { maxTotalHits: 1000 },
  };
}

describe("settingsDifferences", () => {
  it("finds none when the index has the declared settings, in any order and with defaults", () => {
    expect(settingsDifferences(declared, asMeilisearchReturnsThem())).toEqual([]);
  });

  it("names a changed order of searchable attributes (weights) and a changed typo rule", () => {
    const actual = asMeilisearchReturnsThem();
    actual.searchableAttributes = [...declared.searchableAttributes].reverse();
    actual.typoTolerance = { ...actual.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } };
    expect(settingsDifferences(declared, actual)).toEqual(["searchableAttributes", "typoTolerance"]);
  });

  it("names synonyms that were added or removed", () => {
    const added = asMeilisearchReturnsThem();
    added.synonyms = { ...added.synonyms, extra: ["word"] };
    expect(settingsDifferences(declared, added)).toEqual(["synonyms"]);
    const removed = asMeilisearchReturnsThem();
    removed.synonyms = Object.fromEntries(Object.entries(removed.synonyms).slice(1));
    expect(settingsDifferences(declared, removed)).toEqual(["synonyms"]);
  });

  it("names a filter that is missing", () => {
    const actual = { ...asMeilisearchReturnsThem(), filterableAttributes: ["lang"] };
    expect(settingsDifferences(declared, actual)).toEqual(["filterableAttributes"]);
  });
});
