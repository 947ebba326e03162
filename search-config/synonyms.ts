import type { Synonyms } from "meilisearch" with { "resolution-mode": "import" };
import {
  CRAFT_NAMES_EN,
  CRAFT_NAMES_VI,
  CRAFTS,
  ETHNIC_GROUP_NAMES_VI,
  ETHNIC_GROUPS,
  type EthnicGroup,
} from "../commerce/src/modules/craft/vocabulary.ts";

/** Other names of each ethnic group (exonyms, older spellings); empty when only the diacritics differ. */
const EXONYMS: Record<EthnicGroup, readonly string[]> = {
  "xo-dang": ["sedang", "xê đăng"],
  "ba-na": ["bahnar"],
  "gie-trieng": ["jeh tariang", "giẻ-triêng"],
  "gia-rai": ["jarai", "jrai"],
  brau: ["brao"],
  "ro-mam": ["romam"],
  hre: [],
};

/**
 * Bilingual synonyms, declared as groups of words that mean the same thing; `toSynonyms` turns each group
 * into Meilisearch's one-way map in every direction. Multi-word entries match the same words in a row in
 * the query. Meilisearch lowercases synonyms and folds their diacritics as it does for documents and
 * queries, so "thổ cẩm" also covers "tho cam" (tests/unit/search-synonyms.test.ts and the relevance test
 * check it).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["thổ cẩm", "brocade", "vải thổ cẩm"],
  ["gùi", "back basket", "backpack basket"],
  ["đan lát", "basketry", "basket weaving"],
  ["tượng gỗ", "wood carving", "wooden statue", "điêu khắc gỗ"],
  ["tượng nhà mồ", "tomb statue"],
  ["cồng chiêng", "gongs", "gong"],
  ["nhạc cụ", "musical instrument"],
  ["gốm", "pottery", "ceramics"],
  ["rèn", "blacksmith", "forged"],
  ["cườm", "beads", "beadwork"],
  ["mây tre", "rattan and bamboo", "bamboo and rattan"],
  ["nghệ nhân", "artisan"],
  ["làng nghề", "craft village"],
  // Craft names of the vocabulary, Vietnamese ↔ English ("Dệt thổ cẩm" ↔ "Brocade weaving", …).
  ...CRAFTS.map((craft) => [CRAFT_NAMES_VI[craft], CRAFT_NAMES_EN[craft]]),
  // Ethnic groups: the Vietnamese name ↔ the names foreign readers may know ("Xơ Đăng" ↔ "Sedang").
  ...ETHNIC_GROUPS.flatMap((group) =>
    EXONYMS[group].length ? [[ETHNIC_GROUP_NAMES_VI[group], ...EXONYMS[group]]] : [],
  ),
];

/** Meilisearch's synonym map of groups: each lowercased entry maps to every other entry of its groups. */
export function toSynonyms(groups: readonly (readonly string[])[]): NonNullable<Synonyms> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.normalize("NFC").toLowerCase().trim()))];
    for (const word of words) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      map.set(word, others);
    }
  }
  return Object.fromEntries(
    [...map].filter(([, others]) => others.size).map(([word, others]) => [word, [...others].sort()]),
  );
}

/** The synonyms every product, artisan and content index uses. */
export const synonyms = toSynonyms(SYNONYM_GROUPS);
