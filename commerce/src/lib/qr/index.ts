/** QR codes (SVG and PNG) of trace links, for tags and the printable tag sheet. */
export { traceQrPng, traceQrSvg, type TraceQrOptions, type TraceQrPngOptions } from "./trace-qr";
