import { describe, expect, it } from "vitest";
import { synonyms, toSynonyms } from "../../search-config/synonyms.ts";
import { productSettingsByLanguage } from "../../search-config/products.ts";
import { shortSyllableTypoTolerance } from "../../search-config/typo-tolerance.ts";

describe("search-config synonyms", () => {
  it("maps every entry of a group to the others, lowercased, in both directions", () => {
    expect(toSynonyms([["Thổ Cẩm", "Brocade", "thổ cẩm"]])).toEqual({
      "thổ cẩm": ["brocade"],
      brocade: ["thổ cẩm"],
    });
  });

  it("merges groups that share an entry", () => {
    const map = toSynonyms([
      ["gùi", "back basket"],
      ["gùi", "backpack basket"],
    ]);
    expect(map["gùi"]).toEqual(["back basket", "backpack basket"]);
    expect(map["back basket"]).toEqual(["gùi"]);
  });

  it("holds the issue's pairs and the vocabulary's crafts and ethnic groups", () => {
    expect(synonyms["thổ cẩm"]).toContain("brocade");
    expect(synonyms["brocade"]).toContain("thổ cẩm");
    expect(synonyms["gùi"]).toContain("back basket");
    expect(synonyms["đan lát"]).toContain("basketry");
    expect(synonyms["tượng gỗ"]).toContain("wood carving");
    expect(synonyms["dệt thổ cẩm"]).toContain("brocade weaving");
    expect(synonyms["xơ đăng"]).toContain("sedang");
    expect(synonyms["ba na"]).toContain("bahnar");
    expect(synonyms["gia rai"]).toContain("jarai");
  });
});

describe("search-config product settings", () => {
  it("tolerates one typo from 4 letters and two from 8, never on ids and handles", () => {
    expect(shortSyllableTypoTolerance(["id", "handle"])).toMatchObject({
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: ["id", "handle"],
    });
  });

  it("analyses the Vietnamese index as Vietnamese and the English one as English, otherwise alike", () => {
    const { vi, en } = productSettingsByLanguage;
    expect(vi.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["vie"] }]);
    expect(en.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["eng"] }]);
    expect({ ...en, localizedAttributes: null }).toEqual({ ...vi, localizedAttributes: null });
    expect(vi.searchableAttributes.slice(0, 2)).toEqual(["title", "craft_name"]);
  });
});
