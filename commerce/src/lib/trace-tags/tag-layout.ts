/**
 * The printed geometry of the tag sheet, in millimetres. A tag is 60 × 30 mm (a hang tag or a label on a
 * basket or a folded scarf); its QR code is 26 mm square with its quiet zone of 4 modules, so a Digital
 * Link of up to 41 modules (version 4–6 symbols) prints at 0.5–0.6 mm per module, which phone cameras read
 * at arm's length. Tags sit 3 × 7 on an A4 page, 6 mm apart; crop marks stand in that gap, 1 mm off each
 * corner, so a cut along them leaves no mark on the tag.
 */
export const TAG_LAYOUT = {
  page: { width: 210, height: 297 },
  tag: { width: 60, height: 30, padding: 2 },
  qr: 26,
  gap: 6,
  columns: 3,
  rows: 7,
  crop: { offset: 1, length: 2.5 },
} as const;

/** Tags on one A4 page. */
export const TAGS_PER_PAGE = TAG_LAYOUT.columns * TAG_LAYOUT.rows;

/** The most tags one sheet request prints (48 pages): larger batches are printed in several goes. */
export const MAX_TAGS_PER_SHEET = 1008;

/** The grid's margins that centre it on the page. */
export function gridMargins(): { top: number; left: number } {
  const { page, tag, gap, columns, rows } = TAG_LAYOUT;
  return {
    left: (page.width - (columns * tag.width + (columns - 1) * gap)) / 2,
    top: (page.height - (rows * tag.height + (rows - 1) * gap)) / 2,
  };
}
