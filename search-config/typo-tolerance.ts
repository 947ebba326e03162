import type { TypoTolerance } from "meilisearch" with { "resolution-mode": "import" };

/**
 * Typo tolerance for short Vietnamese syllables. Vietnamese writes one syllable per word ("thổ", "cẩm",
 * "gùi"), so most words are 2 to 5 letters long and Meilisearch's default (one typo from 5 letters, two
 * from 9) forgives almost nothing. One typo from 4 letters ("brocad" → "brocade", "cam" stays exact so
 * three-letter syllables do not flood the results with "cám", "cấm", "com"…), two from 8.
 * Diacritics are not typos: Meilisearch folds them before matching ("tho cam" finds "thổ cẩm").
 *
 * `disableOnAttributes` lists the fields that must match exactly (handles, ids); each index adds its own.
 */
export const shortSyllableTypoTolerance = (exactAttributes: string[]) =>
  ({
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: exactAttributes,
    disableOnNumbers: true,
  }) satisfies TypoTolerance;
