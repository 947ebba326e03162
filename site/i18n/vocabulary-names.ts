import type { Craft, EthnicGroup } from "../../commerce/src/modules/craft/vocabulary.ts";
import type { Locale } from "./index.ts";

/** Names of commerce's craft codes, per language. */
export const CRAFT_NAMES: Record<Locale, Record<Craft, string>> = {
  vi: {
    "brocade-weaving": "Dệt thổ cẩm",
    basketry: "Đan lát",
    "wood-carving": "Tạc tượng gỗ",
    blacksmithing: "Rèn",
    "musical-instruments": "Làm nhạc cụ",
    beadwork: "Kết cườm",
    pottery: "Làm gốm",
  },
  en: {
    "brocade-weaving": "Brocade weaving",
    basketry: "Basketry",
    "wood-carving": "Wood carving",
    blacksmithing: "Blacksmithing",
    "musical-instruments": "Musical instruments",
    beadwork: "Beadwork",
    pottery: "Pottery",
  },
};

/** Names of the ethnic groups, per language (English uses the Vietnamese names, as is usual). */
export const ETHNIC_GROUP_NAMES: Record<Locale, Record<EthnicGroup, string>> = {
  vi: {
    "xo-dang": "Xơ Đăng",
    "ba-na": "Ba Na",
    "gie-trieng": "Giẻ Triêng",
    "gia-rai": "Gia Rai",
    brau: "Brâu",
    "ro-mam": "Rơ Măm",
    hre: "Hrê",
  },
  en: {
    "xo-dang": "Xơ Đăng",
    "ba-na": "Ba Na",
    "gie-trieng": "Giẻ Triêng",
    "gia-rai": "Gia Rai",
    brau: "Brâu",
    "ro-mam": "Rơ Măm",
    hre: "Hrê",
  },
};
