/** The printable A4 sheet of QR tags of published trace records. */
export { gridMargins, MAX_TAGS_PER_SHEET, TAG_LAYOUT, TAGS_PER_PAGE } from "./tag-layout";
export { escapeHtml, renderTagSheet, renderTagSheetError, type TagContent } from "./tag-sheet-html";
export {
  TAG_LABELS,
  TAG_SHEET_LANGUAGES,
  TAG_SHEET_TEXT,
  type TagSheetLanguage,
  type TagSheetText,
} from "./tag-sheet-text";
export { collectTags, type TagSheetRefusal } from "./collect-tags";
export { tagSheetContentSecurityPolicy } from "./content-security-policy";
export { productsById } from "./products-by-id";
export { digitalLinkOf, shortDomain, traceKeyOf } from "./record-link";
