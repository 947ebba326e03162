/**
 * The closed lists the catalogue is filtered by. Codes are stable English slugs (used in URLs, filters
 * and the search index); people see names from the storefront's and admin's dictionaries.
 */
export const CRAFTS = [
  "brocade-weaving",
  "basketry",
  "wood-carving",
  "blacksmithing",
  "musical-instruments",
  "beadwork",
  "pottery",
] as const;
export type Craft = (typeof CRAFTS)[number];

/** Local ethnic minorities of the Kon Tum highlands (DOMAIN.md). */
export const ETHNIC_GROUPS = ["xo-dang", "ba-na", "gie-trieng", "gia-rai", "brau", "ro-mam", "hre"] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** State titles of artisans (Nghệ nhân Nhân dân, Nghệ nhân Ưu tú). */
export const ARTISAN_TITLES = ["people-artisan", "meritorious-artisan"] as const;
export type ArtisanTitle = (typeof ARTISAN_TITLES)[number];

/** OCOP ratings a product can hold; no rating is `null`. */
export const OCOP_STARS = [3, 4, 5] as const;
export type OcopStars = (typeof OCOP_STARS)[number];

/** Names of the codes in Vietnamese and English: the admin and the storefront both show these. */
export const CRAFT_NAMES_VI: Record<Craft, string> = {
  "brocade-weaving": "Dệt thổ cẩm",
  basketry: "Đan lát",
  "wood-carving": "Tạc tượng gỗ",
  blacksmithing: "Rèn",
  "musical-instruments": "Làm nhạc cụ",
  beadwork: "Kết cườm",
  pottery: "Làm gốm",
};

export const ETHNIC_GROUP_NAMES_VI: Record<EthnicGroup, string> = {
  "xo-dang": "Xơ Đăng",
  "ba-na": "Ba Na",
  "gie-trieng": "Giẻ Triêng",
  "gia-rai": "Gia Rai",
  brau: "Brâu",
  "ro-mam": "Rơ Măm",
  hre: "Hrê",
};

export const CRAFT_NAMES_EN: Record<Craft, string> = {
  "brocade-weaving": "Brocade weaving",
  basketry: "Basketry",
  "wood-carving": "Wood carving",
  blacksmithing: "Blacksmithing",
  "musical-instruments": "Musical instrument making",
  beadwork: "Beadwork",
  pottery: "Pottery",
};

/** English keeps the Vietnamese names, with the exonym foreign readers may know. */
export const ETHNIC_GROUP_NAMES_EN: Record<EthnicGroup, string> = {
  "xo-dang": "Xơ Đăng (Sedang)",
  "ba-na": "Ba Na (Bahnar)",
  "gie-trieng": "Giẻ Triêng",
  "gia-rai": "Gia Rai (Jarai)",
  brau: "Brâu",
  "ro-mam": "Rơ Măm",
  hre: "Hrê",
};

/** A handle: lowercase ASCII words joined by hyphens (villages, artisans, products). */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A material of a product and its origin, in Vietnamese and (optionally) English. */
export interface StoredMaterial {
  name: { vi: string; en?: string };
  origin: { vi: string; en?: string };
}
