import type { Craft, StoredMaterial } from "../../modules/craft/vocabulary";

/** A kind of generated item: its name in Vietnamese and English. */
export interface GeneratedItem {
  vi: string;
  en: string;
}

/**
 * What the benchmark's generated products are called, per craft, so that searches such as "khăn thổ
 * cẩm", "gùi", "tượng gỗ" or "brocade" meet thousands of plausible candidates, not one repeated title.
 */
export const ITEMS_BY_CRAFT: Record<Craft, GeneratedItem[]> = {
  "brocade-weaving": [
    { vi: "Khăn thổ cẩm", en: "Brocade scarf" },
    { vi: "Váy thổ cẩm", en: "Brocade skirt" },
    { vi: "Túi thổ cẩm", en: "Brocade bag" },
    { vi: "Áo thổ cẩm", en: "Brocade shirt" },
    { vi: "Tấm dệt thổ cẩm", en: "Brocade panel" },
  ],
  basketry: [
    { vi: "Gùi đan", en: "Woven back basket" },
    { vi: "Gùi nan mây", en: "Rattan back basket" },
    { vi: "Giỏ đan tre", en: "Bamboo basket" },
    { vi: "Mẹt tre", en: "Bamboo winnowing tray" },
  ],
  "wood-carving": [
    { vi: "Tượng gỗ", en: "Wooden statue" },
    { vi: "Tượng nhà mồ", en: "Funeral-house statue" },
    { vi: "Mặt nạ gỗ", en: "Wooden mask" },
    { vi: "Tượng gỗ nhỏ", en: "Small wood carving" },
  ],
  blacksmithing: [
    { vi: "Dao rựa rèn tay", en: "Hand-forged machete" },
    { vi: "Rìu rèn", en: "Forged axe" },
    { vi: "Cuốc rèn", en: "Forged hoe" },
  ],
  "musical-instruments": [
    { vi: "Đàn T'rưng", en: "T'rưng bamboo xylophone" },
    { vi: "Chiêng đồng", en: "Bronze gong" },
    { vi: "Đàn Goong", en: "Goong zither" },
  ],
  beadwork: [
    { vi: "Vòng cườm", en: "Bead bracelet" },
    { vi: "Dây chuyền cườm", en: "Bead necklace" },
    { vi: "Túi kết cườm", en: "Beaded bag" },
  ],
  pottery: [
    { vi: "Bình gốm", en: "Clay vase" },
    { vi: "Nồi đất", en: "Earthenware pot" },
    { vi: "Chum gốm", en: "Clay jar" },
  ],
};

const from = (vi: string, en: string, originVi = "Kon Tum", originEn = "Kon Tum"): StoredMaterial => ({
  name: { vi, en },
  origin: { vi: originVi, en: originEn },
});

/** The materials of each craft's generated items. */
export const MATERIALS_BY_CRAFT: Record<Craft, StoredMaterial[]> = {
  "brocade-weaving": [from("sợi bông", "cotton thread"), from("chàm", "indigo dye")],
  basketry: [from("mây", "rattan"), from("tre", "bamboo")],
  "wood-carving": [from("gỗ", "wood")],
  blacksmithing: [from("sắt", "iron"), from("gỗ", "wood")],
  "musical-instruments": [from("tre", "bamboo"), from("đồng", "bronze")],
  beadwork: [from("hạt cườm", "glass beads")],
  pottery: [from("đất sét", "clay")],
};
