/**
 * At most this many photos are decoded at once in one process: each may hold a 15 MB upload and tens of
 * megabytes of pixels, and libvips already spreads one photo over every core.
 */
const SLOTS = 2;

let busy = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when a processing slot is free. */
export async function withPhotoSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy += 1;
  try {
    return await work();
  } finally {
    busy -= 1;
    waiting.shift()?.();
  }
}
