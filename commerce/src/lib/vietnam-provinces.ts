/**
 * Vietnam's 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15): 6 centrally run
 * cities and 28 provinces. There is no district level any more; an address is street, commune/ward,
 * province. The storefront's checkout offers this list and Medusa refuses any other province
 * (workflows/hooks/validate-cart-completion.ts).
 */
export interface VietnamProvince {
  /** As written in an address and stored in Medusa's `province` field, e.g. "Quảng Ngãi". */
  name: string;
  /** English name, as foreign buyers know it. */
  nameEn: string;
  /** A centrally run city (thành phố trực thuộc trung ương) or a province (tỉnh). */
  kind: "city" | "province";
}

const city = (name: string, nameEn: string): VietnamProvince => ({ name, nameEn, kind: "city" });
const province = (name: string, nameEn = name): VietnamProvince => ({ name, nameEn, kind: "province" });

/** By name; a form sorts them for its language with `Intl.Collator`. */
export const VIETNAM_PROVINCES: readonly VietnamProvince[] = [
  province("An Giang"),
  province("Bắc Ninh", "Bac Ninh"),
  province("Cà Mau", "Ca Mau"),
  province("Cao Bằng", "Cao Bang"),
  city("Cần Thơ", "Can Tho City"),
  city("Đà Nẵng", "Da Nang City"),
  province("Đắk Lắk", "Dak Lak"),
  province("Điện Biên", "Dien Bien"),
  province("Đồng Nai", "Dong Nai"),
  province("Đồng Tháp", "Dong Thap"),
  province("Gia Lai"),
  city("Hà Nội", "Hanoi"),
  province("Hà Tĩnh", "Ha Tinh"),
  city("Hải Phòng", "Hai Phong City"),
  city("Hồ Chí Minh", "Ho Chi Minh City"),
  city("Huế", "Hue City"),
  province("Hưng Yên", "Hung Yen"),
  province("Khánh Hòa", "Khanh Hoa"),
  province("Lai Châu", "Lai Chau"),
  province("Lạng Sơn", "Lang Son"),
  province("Lào Cai", "Lao Cai"),
  province("Lâm Đồng", "Lam Dong"),
  province("Nghệ An", "Nghe An"),
  province("Ninh Bình", "Ninh Binh"),
  province("Phú Thọ", "Phu Tho"),
  province("Quảng Ngãi", "Quang Ngai"),
  province("Quảng Ninh", "Quang Ninh"),
  province("Quảng Trị", "Quang Tri"),
  province("Sơn La", "Son La"),
  province("Tây Ninh", "Tay Ninh"),
  province("Thái Nguyên", "Thai Nguyen"),
  province("Thanh Hóa", "Thanh Hoa"),
  province("Tuyên Quang", "Tuyen Quang"),
  province("Vĩnh Long", "Vinh Long"),
];

/** "Tỉnh Quảng Ngãi", " quảng ngãi " and "Quảng Ngãi" are the same province. */
function normalize(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("vi")
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/u, "")
    .replace(/\s+/g, " ");
}

const KNOWN = new Map(VIETNAM_PROVINCES.map((entry) => [normalize(entry.name), entry]));

/** The province named `name` (with or without "Tỉnh"/"Thành phố"), or undefined when there is none. */
export function findVietnamProvince(name: string | null | undefined): VietnamProvince | undefined {
  return name ? KNOWN.get(normalize(name)) : undefined;
}
