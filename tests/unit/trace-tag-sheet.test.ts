import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildDigitalLink, buildGtin13, DEMO_COMPANY_PREFIX } from "../../commerce/src/lib/gs1/index.ts";
import { traceQrSvg } from "../../commerce/src/lib/qr/index.ts";
import {
  gridMargins,
  renderTagSheet,
  TAG_LAYOUT,
  TAGS_PER_PAGE,
  type TagContent,
} from "../../commerce/src/lib/trace-tags/index.ts";
import { readQr } from "../harness/qr.ts";

const SITE = "https://kontumcrafts.vn";

async function tag(
  overrides: Partial<TagContent> & { key: string; kind: TagContent["kind"] },
): Promise<TagContent> {
  const gtin = buildGtin13(DEMO_COMPANY_PREFIX, 42);
  const digital_link = buildDigitalLink(
    SITE,
    overrides.kind === "batch"
      ? { kind: "batch", gtin, lot: overrides.key }
      : { kind: "piece", gtin, serial: overrides.key },
  );
  return {
    record_id: `trace_${overrides.key}`,
    product: "Khăn choàng thổ cẩm",
    fingerprint: "1a2b3c4d",
    domain: "kontumcrafts.vn",
    sample: false,
    digital_link,
    qr_svg: await traceQrSvg(digital_link),
    ...overrides,
  };
}

/** The tags of a sheet, each with its record id, link and the markup inside it. */
function tagsOf(html: string) {
  return [
    ...html.matchAll(
      /<article class="tag" data-record-id="([^"]+)" data-digital-link="([^"]+)">([\s\S]*?)<\/article>/g,
    ),
  ].map(([, id, link, inner]) => ({ id, link: link.replaceAll("&amp;", "&"), inner }));
}

describe("the printable tag sheet", () => {
  it("lays the tags out 21 to an A4 page and every QR code reads back as its record's Digital Link", async () => {
    const batch = await tag({ kind: "batch", key: "KT-2026-01", sample: true });
    const piece = await tag({ kind: "piece", key: 'A/B_"C"&D%E?F:G;H', product: "Gùi <mây> & tre" });
    const html = renderTagSheet([...Array<TagContent>(24).fill(batch), piece], "vi", "nonce123");

    expect(html.match(/<section class="page"/g)).toHaveLength(2);
    const tags = tagsOf(html);
    expect(tags).toHaveLength(25);
    expect(TAGS_PER_PAGE).toBe(21);
    for (const { link, inner } of [tags[0], tags[24]]) {
      const svg = inner.match(/<svg class="qr"[\s\S]*?<\/svg>/)?.[0] ?? "";
      const png = await sharp(Buffer.from(svg)).resize(300, 300).png().toBuffer();
      expect(await readQr(png)).toBe(link);
    }
    expect(tags[24].link).toBe(piece.digital_link);
    // The product's name is text, never markup; the sample label only on sample records.
    expect(tags[24].inner).toContain("Gùi &lt;mây&gt; &amp; tre");
    expect(tags[0].inner).toContain("MẪU · SAMPLE");
    expect(tags[24].inner).not.toContain("MẪU · SAMPLE");
    expect(tags[0].inner).toContain("Lô · Lot");
    expect(tags[24].inner).toContain("Số · No.");
    expect(tags[0].inner).toContain("data-fingerprint>1a2b3c4d<");
    expect(tags[0].inner).toContain("kontumcrafts.vn");
    expect(html).toContain('<script nonce="nonce123">');
  });

  it("prints the QR code at least 15 mm wide with modules of 0.4 mm or more, quiet zone included", async () => {
    const longest = await tag({ kind: "piece", key: "X".repeat(20) });
    const size = Number(longest.qr_svg.match(/viewBox="0 0 (\d+) \1"/)?.[1]);
    expect(size).toBeGreaterThan(8);
    const module = TAG_LAYOUT.qr / size;
    expect(module).toBeGreaterThanOrEqual(0.4);
    // The dark part of the symbol (without the 4-module quiet zone on each side).
    expect(module * (size - 8)).toBeGreaterThanOrEqual(15);
    expect(TAG_LAYOUT.qr + 2 * TAG_LAYOUT.tag.padding).toBeLessThanOrEqual(TAG_LAYOUT.tag.height);
  });

  it("keeps the crop marks and tags inside the printable area of an A4 page", () => {
    const { left, top } = gridMargins();
    const reach = TAG_LAYOUT.crop.offset + TAG_LAYOUT.crop.length;
    // Most printers cannot print the outer 5 mm.
    expect(left - reach).toBeGreaterThanOrEqual(5);
    expect(top - reach).toBeGreaterThanOrEqual(5);
    expect(TAG_LAYOUT.crop.offset + TAG_LAYOUT.crop.length).toBeLessThanOrEqual(TAG_LAYOUT.gap);
  });

  it("speaks the admin's language around the tags, and keeps the tags bilingual", async () => {
    const one = await tag({ kind: "batch", key: "KT-1" });
    const english = renderTagSheet([one], "en", "n");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("1 tag on 1 A4 page");
    expect(english).toContain("Lô · Lot");
    const vietnamese = renderTagSheet([one, one], "vi", "n");
    expect(vietnamese).toContain("2 tem trên 1 trang A4");
    expect(vietnamese).toContain("In tem");
  });
});
