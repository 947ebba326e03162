import { cartVi } from "./areas/cart.ts";
import { catalogVi } from "./areas/catalog.ts";
import { contentVi } from "./areas/content.ts";
import { curationVi } from "./areas/curation.ts";
import { marksVi } from "./areas/marks.ts";
import { portalVi } from "./areas/portal.ts";
import { searchVi } from "./areas/search.ts";
import { traceVi } from "./areas/trace.ts";
import { portalTraceVi } from "./areas/portal-trace.ts";

/**
 * Vietnamese, the default language. Every string shown to people lives here and in en.ts, or in an
 * area file of `areas/` (both languages side by side) merged below.
 */
const common = {
  "site.name": "Kon Tum Crafts",
  "site.tagline": "Nghề thủ công truyền thống của đồng bào các dân tộc Kon Tum",
  "site.description":
    "Thổ cẩm, đan lát, tạc tượng gỗ và nhiều nghề truyền thống khác của đồng bào các dân tộc thiểu số Kon Tum: làng nghề, nghệ nhân và sản phẩm.",
  "nav.language": "Ngôn ngữ",
  "nav.skip": "Chuyển đến nội dung chính",
  "nav.main": "Điều hướng chính",
  "nav.villages": "Làng nghề",
  "nav.stories": "Câu chuyện",
  "nav.products": "Sản phẩm",
  "nav.cart": "Giỏ hàng",
  "currency.label": "Tiền tệ",
  "currency.vnd": "VND (đ)",
  "currency.usd": "USD ($)",
  "currency.apply": "Đổi",
  "home.title": "Nghề thủ công Kon Tum",
  "home.intro":
    "Mỗi tấm thổ cẩm, chiếc gùi hay bức tượng gỗ đều mang câu chuyện của một làng nghề. Hãy mua trực tiếp từ những người làm ra chúng.",
  "home.newProducts": "Sản phẩm mới",
  "home.noProducts": "Chưa có sản phẩm nào được đăng bán.",
  "commerce.unavailable": "Hiện chưa kết nối được với cửa hàng. Vui lòng quay lại sau ít phút.",
  "product.noPrice": "Liên hệ để biết giá",
  "villages.title": "Làng nghề",
  "villages.intro":
    "Các làng nghề của đồng bào dân tộc vùng cao Kon Tum: ghé thăm, gặp người làm nghề và mua tận nơi.",
  "village.ethnicGroup": "Dân tộc",
  "village.crafts": "Nghề truyền thống",
  "village.place": "Địa điểm",
  "village.howToVisit": "Cách đến thăm",
  "village.products": "Sản phẩm của làng",
  "village.noProducts": "Làng chưa có sản phẩm nào đang bán.",
  "village.allVillages": "Tất cả làng nghề",
  "footer.sample": "Sản phẩm, nghệ nhân và câu chuyện trên trang này là dữ liệu mẫu để trình diễn.",
  "footer.province": "Các nghề truyền thống của đồng bào dân tộc thiểu số tại chỗ, vùng cao nguyên Kon Tum.",
  "error.404.title": "Không tìm thấy trang",
  "error.404.body": "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
  "error.500.title": "Đã có lỗi xảy ra",
  "error.500.body": "Chúng tôi đang khắc phục. Vui lòng thử lại sau ít phút.",
  "error.503.title": "Cửa hàng tạm thời gián đoạn",
  "error.503.body":
    "Chúng tôi chưa kết nối được với cửa hàng. Giỏ hàng của bạn vẫn được giữ; vui lòng thử lại sau ít phút.",
  "error.backHome": "Về trang chủ",
} as const;

export const vi = {
  ...common,
  ...catalogVi,
  ...cartVi,
  ...contentVi,
  ...searchVi,
  ...portalVi,
  ...marksVi,
  ...curationVi,
  ...traceVi,
  ...portalTraceVi,
} as const;

export type DictionaryKey = keyof typeof vi;
export type Dictionary = Record<DictionaryKey, string>;
