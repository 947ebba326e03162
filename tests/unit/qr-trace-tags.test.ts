import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildDigitalLink, buildGtin13, DEMO_COMPANY_PREFIX } from "../../commerce/src/lib/gs1/index.ts";
import { traceQrPng, traceQrSvg } from "../../commerce/src/lib/qr/index.ts";
import { readQr } from "../harness/qr.ts";

const SITE = "https://kontumcrafts.example";

const URIS = [
  buildDigitalLink(SITE, { kind: "batch", gtin: buildGtin13(DEMO_COMPANY_PREFIX, 1), lot: "KT-2026-03" }),
  buildDigitalLink(SITE, {
    kind: "piece",
    gtin: buildGtin13(DEMO_COMPANY_PREFIX, 99999),
    serial: "Y-BLOI-0001",
  }),
  buildDigitalLink(SITE, { kind: "batch", gtin: "4006381333931", lot: `A/B_"C"&D%E?F:G;H<I>` }),
  buildDigitalLink("http://localhost:4321", { kind: "piece", gtin: "96385074", serial: "X".repeat(20) }),
];

describe("QR codes of trace links", () => {
  it.each(URIS)("the PNG of %s decodes back to the same URI", async (uri) => {
    const png = await traceQrPng(uri);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBe(512);
    expect(await readQr(png)).toBe(uri);
  });

  it.each(URIS)("the SVG of %s, printed at 300 px, decodes back to the same URI", async (uri) => {
    const svg = await traceQrSvg(uri);
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    const png = await sharp(Buffer.from(svg)).resize(300, 300).png().toBuffer();
    expect(await readQr(png)).toBe(uri);
  });

  it("a small PNG with high error correction still decodes", async () => {
    const [uri] = URIS;
    const png = await traceQrPng(uri, { width: 160, errorCorrectionLevel: "Q" });
    expect(await readQr(png)).toBe(uri);
  });

  it("an image without a code reads as nothing (the reader is not fooled)", async () => {
    const blank = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    expect(await readQr(blank)).toBeNull();
  });
});
