/**
 * Texts of the printable tag sheet. The tag itself is bilingual (Vietnamese first), since buyers of both
 * languages scan it; the page around the tags (title, printing advice, errors) follows the admin's language.
 */
export const TAG_LABELS = {
  lot: "Lô · Lot",
  serial: "Số · No.",
  check: "Mã kiểm · Check",
  sample: "MẪU · SAMPLE",
  scan: "Quét để xem nguồn gốc · Scan for origin",
} as const;

export const TAG_SHEET_LANGUAGES = ["vi", "en"] as const;
export type TagSheetLanguage = (typeof TAG_SHEET_LANGUAGES)[number];

export interface TagSheetText {
  title: string;
  summary: (tags: number, pages: number) => string;
  advice: string;
  print: string;
  page: (page: number, pages: number) => string;
  errorTitle: string;
  draft: (labels: string) => string;
  unknown: (ids: string) => string;
  tooMany: (tags: number, max: number) => string;
}

export const TAG_SHEET_TEXT: Record<TagSheetLanguage, TagSheetText> = {
  vi: {
    title: "Tem truy xuất nguồn gốc",
    summary: (tags, pages) => `${tags} tem trên ${pages} trang A4`,
    advice:
      "In trên giấy A4 với tỉ lệ 100 % (kích thước thực, không «Vừa trang»). Mỗi tem 60 × 30 mm, mã QR 26 mm; cắt theo các dấu cắt ở góc tem.",
    print: "In tem",
    page: (page, pages) => `Tem truy xuất · in tỉ lệ 100 % · trang ${page}/${pages}`,
    errorTitle: "Không in được tem",
    draft: (labels) =>
      `Còn bản nháp: ${labels}. Hãy công bố trước khi in tem, vì mã QR của bản nháp dẫn tới một trang chưa tồn tại.`,
    unknown: (ids) => `Không tìm thấy bản ghi truy xuất: ${ids}.`,
    tooMany: (tags, max) =>
      `Yêu cầu ${tags} tem, nhiều hơn ${max} tem mỗi lần in. Hãy chọn ít bản ghi hơn hoặc đặt số bản in cho mỗi bản ghi.`,
  },
  en: {
    title: "Traceability tags",
    summary: (tags, pages) =>
      `${tags} ${tags === 1 ? "tag" : "tags"} on ${pages} A4 ${pages === 1 ? "page" : "pages"}`,
    advice:
      "Print on A4 paper at 100 % scale (actual size, not “Fit to page”). Each tag is 60 × 30 mm with a 26 mm QR code; cut along the crop marks at the corners.",
    print: "Print tags",
    page: (page, pages) => `Traceability tags · print at 100 % · page ${page}/${pages}`,
    errorTitle: "The tags cannot be printed",
    draft: (labels) =>
      `Still drafts: ${labels}. Publish them before printing their tags: a draft's QR code leads to a page that does not exist yet.`,
    unknown: (ids) => `No such trace records: ${ids}.`,
    tooMany: (tags, max) =>
      `${tags} tags asked for, more than ${max} per print. Choose fewer records, or set the number of copies per record.`,
  },
};
