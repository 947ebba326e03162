import jsQR from "jsqr";
import sharp from "sharp";

/** What a phone's camera would read from an image: the text of the QR code in it, or null. */
export async function readQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image)
    .flatten({ background: "#ffffff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const code = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  );
  return code?.data ?? null;
}
