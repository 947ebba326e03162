/** Largest photo file accepted, in bytes (15 MiB): a phone's full-size JPEG or HEIC is 2–8 MB. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

/**
 * Largest photo accepted, in pixels (width × height) as its header declares them. A 12 MP phone photo is
 * 4000 × 3000; 40 MP leaves room for 24–32 MP cameras and refuses decompression bombs (a 20,000 × 20,000
 * PNG of one colour is a few kilobytes that would decode to 1.6 GB).
 */
export const MAX_INPUT_PIXELS = 40_000_000;

/** Widths (px, the longer side fits in this box) the site serves; never upscaled. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;

/** The size the product page shows first (`product.images[].url`). */
export const PRIMARY_WIDTH = 960;

/** The size of cards and listings (`product.thumbnail`). */
export const THUMBNAIL_WIDTH = 480;

/** Width of the one JPEG kept for clients without WebP. */
export const JPEG_FALLBACK_WIDTH = 960;

/** Seconds one photo may take to process before it is refused as unreadable. */
export const PROCESSING_TIMEOUT_SECONDS = 30;
