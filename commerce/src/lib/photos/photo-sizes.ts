import { PHOTO_WIDTHS } from "./limits.ts";

/**
 * The boxes (px) a photo is written at: each of the site's widths that the photo's longer side reaches,
 * and the photo's own size when it is smaller than the largest width. Never upscaled.
 */
export function photoBoxes(width: number, height: number): number[] {
  const longer = Math.max(width, height);
  return [...new Set(PHOTO_WIDTHS.map((box) => Math.min(box, longer)))];
}

/** The largest of `boxes` that is at most `wanted` (or the smallest box when all are larger). */
export function boxAtMost(boxes: number[], wanted: number): number {
  const fitting = boxes.filter((box) => box <= wanted);
  return fitting.length ? Math.max(...fitting) : Math.min(...boxes);
}
