/** Raised when a body is larger than the proxy takes; the proxy answers 413. */
export class BodyTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`body larger than ${limit} bytes`);
    this.limit = limit;
    this.name = "BodyTooLargeError";
  }
}

/** The declared `Content-Length`, when it is a number. */
export function declaredLength(request: Request): number | undefined {
  const header = request.headers.get("content-length");
  if (header === null || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

/**
 * Passes a body through chunk by chunk and errors the passed stream (BodyTooLargeError) as soon as
 * more than `limit` bytes went by: a large upload is never held in memory whole. The rest of the
 * refused body is read and thrown away, so that the connection stays usable and the client reads the
 * 413 instead of a reset.
 */
export function limitStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  state: { exceeded: boolean } = { exceeded: false },
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen <= limit) return controller.enqueue(value);
      state.exceeded = true;
      controller.error(new BodyTooLargeError(limit));
      void discardRest(reader).catch(() => undefined);
    },
    cancel(reason) {
      if (!state.exceeded) return reader.cancel(reason);
    },
  });
}

/** Reads a small body whole, refusing (BodyTooLargeError) past `limit` bytes without reading on. */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await discardRest(reader);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Past this, a refused body is cut off rather than read to the end: the client then sees the
 * connection close instead of the 413.
 */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Reads what is left of a refused body and throws it away (nothing is kept), so that the client has
 * sent it all and reads the 413 answer instead of a reset connection.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    seen += value.byteLength;
    if (seen > DISCARD_LIMIT_BYTES) {
      await reader.cancel();
      return;
    }
  }
}

/** Throws a whole refused body away (see discardRest). */
export async function discardBody(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body || body.locked) return;
  await discardRest(body.getReader()).catch(() => undefined);
}
