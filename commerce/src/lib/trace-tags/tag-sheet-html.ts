import type { TraceKind } from "../../modules/trace/vocabulary";
import { gridMargins, TAG_LAYOUT, TAGS_PER_PAGE } from "./tag-layout";
import { TAG_LABELS, TAG_SHEET_TEXT, type TagSheetLanguage } from "./tag-sheet-text";

/** One printed tag (a batch's tag is repeated once per piece). */
export interface TagContent {
  record_id: string;
  kind: TraceKind;
  /** The product's name (its Vietnamese title). */
  product: string;
  /** The batch/lot or serial number. */
  key: string;
  /** First 8 hex digits of the published head hash, as the public page shows it. */
  fingerprint: string;
  /** The storefront's short domain, e.g. kontumcrafts.vn. */
  domain: string;
  sample: boolean;
  digital_link: string;
  /** The QR code of the Digital Link, an SVG document (lib/qr traceQrSvg). */
  qr_svg: string;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Text (or an attribute value) safe inside HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const { page, tag, qr, gap, columns, crop } = TAG_LAYOUT;
const margins = gridMargins();

/** Crop marks 1 mm off each corner of a tag, drawn in the gap around it (a 4 mm frame). */
const CROP_MARKS = (() => {
  const frame = 4;
  const [w, h] = [tag.width + 2 * frame, tag.height + 2 * frame];
  const near = frame - crop.offset;
  const far = near - crop.length;
  const lines = [frame, frame + tag.height].flatMap((y) => [
    `M${far} ${y}H${near}`,
    `M${w - near} ${y}H${w - far}`,
  ]);
  const columnsLines = [frame, frame + tag.width].flatMap((x) => [
    `M${x} ${far}V${near}`,
    `M${x} ${h - near}V${h - far}`,
  ]);
  return `<svg class="crop" aria-hidden="true" viewBox="0 0 ${w} ${h}"><path d="${[...lines, ...columnsLines].join("")}"/></svg>`;
})();

const STYLE = `
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e4e4e7; color: #000; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
.toolbar { max-width: ${page.width}mm; margin: 0 auto; padding: 16px 0; font-size: 14px; line-height: 1.5; }
.toolbar h1 { margin: 0 0 4px; font-size: 20px; }
.toolbar p { margin: 0 0 8px; }
.toolbar button { font: inherit; font-weight: 600; padding: 8px 16px; border-radius: 6px; border: 1px solid #18181b; background: #18181b; color: #fff; cursor: pointer; }
.page { position: relative; width: ${page.width}mm; height: ${page.height}mm; margin: 0 auto 24px; background: #fff; overflow: hidden; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); break-after: page; }
.page:last-of-type { break-after: auto; }
.page-label { position: absolute; left: ${margins.left}mm; bottom: 4mm; font-size: 6.5pt; color: #52525b; }
.grid { position: absolute; top: ${margins.top}mm; left: ${margins.left}mm; display: grid; grid-template-columns: repeat(${columns}, ${tag.width}mm); grid-auto-rows: ${tag.height}mm; gap: ${gap}mm; }
.tag { position: relative; display: flex; width: ${tag.width}mm; height: ${tag.height}mm; padding: ${tag.padding}mm; }
.crop { position: absolute; left: -4mm; top: -4mm; width: ${tag.width + 8}mm; height: ${tag.height + 8}mm; overflow: visible; }
.crop path { stroke: #000; stroke-width: 0.12; fill: none; }
.qr { flex: none; width: ${qr}mm; height: ${qr}mm; }
.text { display: flex; flex: 1; min-width: 0; flex-direction: column; gap: 0.6mm; padding: 0.8mm 0 0 1mm; font-size: 6pt; line-height: 1.2; }
.product { font-size: 7.5pt; font-weight: 700; line-height: 1.15; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
.value { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-weight: 700; overflow-wrap: anywhere; }
.sample { align-self: flex-start; border: 0.25mm solid #000; padding: 0 0.8mm; font-weight: 700; letter-spacing: 0.02em; }
.foot { margin-top: auto; font-size: 5.5pt; color: #27272a; }
.domain { font-weight: 700; font-size: 6.5pt; color: #000; }
@media print {
  body { background: #fff; }
  .toolbar { display: none; }
  .page { margin: 0; box-shadow: none; }
}
`;

function renderTag(content: TagContent): string {
  const qrSvg = content.qr_svg
    .trim()
    .replace(/^<svg /, `<svg class="qr" role="img" aria-label="${escapeHtml(content.digital_link)}" `);
  const keyLabel = content.kind === "batch" ? TAG_LABELS.lot : TAG_LABELS.serial;
  return [
    `<article class="tag" data-record-id="${escapeHtml(content.record_id)}" data-digital-link="${escapeHtml(content.digital_link)}">`,
    CROP_MARKS,
    qrSvg,
    `<div class="text">`,
    `<div class="product" lang="vi">${escapeHtml(content.product)}</div>`,
    `<div>${keyLabel} <span class="value">${escapeHtml(content.key)}</span></div>`,
    `<div>${TAG_LABELS.check} <span class="value" data-fingerprint>${escapeHtml(content.fingerprint)}</span></div>`,
    content.sample ? `<div class="sample">${TAG_LABELS.sample}</div>` : "",
    `<div class="foot"><div class="domain">${escapeHtml(content.domain)}</div>${TAG_LABELS.scan}</div>`,
    `</div></article>`,
  ].join("");
}

/**
 * The printable sheet: A4 pages of tags (3 × 7 per page, centred, with crop marks) and, on screen only,
 * a title with printing advice and a "Print" button (its script runs under the response's CSP `nonce`).
 */
export function renderTagSheet(tags: TagContent[], language: TagSheetLanguage, nonce: string): string {
  const text = TAG_SHEET_TEXT[language];
  const pages: TagContent[][] = [];
  for (let index = 0; index < tags.length; index += TAGS_PER_PAGE) {
    pages.push(tags.slice(index, index + TAGS_PER_PAGE));
  }
  const body = pages
    .map(
      (pageTags, index) =>
        `<section class="page" aria-label="${escapeHtml(text.page(index + 1, pages.length))}"><div class="grid">${pageTags.map(renderTag).join("")}</div><div class="page-label">${escapeHtml(text.page(index + 1, pages.length))}</div></section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="toolbar">
<h1>${escapeHtml(text.title)}</h1>
<p data-summary>${escapeHtml(text.summary(tags.length, pages.length))}</p>
<p>${escapeHtml(text.advice)}</p>
<button type="button" id="print">${escapeHtml(text.print)}</button>
</header>
<main>
${body}
</main>
<script nonce="${escapeHtml(nonce)}">document.getElementById("print").addEventListener("click", function () { window.print(); });</script>
</body>
</html>
`;
}

/** A page saying why the sheet cannot be printed, in the admin's language (for a browser tab). */
export function renderTagSheetError(language: TagSheetLanguage, message: string): string {
  const text = TAG_SHEET_TEXT[language];
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(text.errorTitle)}</title>
<style>body { font-family: "Noto Sans", Arial, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }</style>
</head>
<body><h1>${escapeHtml(text.errorTitle)}</h1><p role="alert">${escapeHtml(message)}</p></body>
</html>
`;
}
