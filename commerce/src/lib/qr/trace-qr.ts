import QRCode from "qrcode";

/**
 * QR codes of trace links, for tags. Error correction level M (about 15 % of the symbol may be lost) by
 * default: tags are paper or cloth labels that wear; "Q" suits labels sewn into textiles.
 */
export interface TraceQrOptions {
  errorCorrectionLevel?: "L" | "M" | "Q" | "H";
  /** Quiet zone around the symbol, in modules (4 is what scanners expect). */
  margin?: number;
}

/** PNG options: the width in pixels (default 512, enough for a 3 cm print at 400 dpi). */
export interface TraceQrPngOptions extends TraceQrOptions {
  width?: number;
}

function qrOptions(options: TraceQrOptions) {
  return { errorCorrectionLevel: options.errorCorrectionLevel ?? "M", margin: options.margin ?? 4 };
}

/** The QR code of `uri` as a standalone SVG document (scales to any print size). */
export async function traceQrSvg(uri: string, options: TraceQrOptions = {}): Promise<string> {
  return QRCode.toString(uri, { ...qrOptions(options), type: "svg" });
}

/** The QR code of `uri` as a PNG image. */
export async function traceQrPng(uri: string, options: TraceQrPngOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(uri, { ...qrOptions(options), type: "png", width: options.width ?? 512 });
}
