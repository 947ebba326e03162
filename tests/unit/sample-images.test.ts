import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { CRAFTS } from "../../commerce/src/modules/craft/vocabulary.ts";
import { renderSampleImage } from "../../commerce/src/scripts/seed/images/render-sample-image.ts";

// Sample product images are drawn locally from the craft and a seed; nothing is fetched.
describe("renderSampleImage", () => {
  it.each(CRAFTS)("renders %s as a square 1000 px WebP", async (craft) => {
    const image = await renderSampleImage({ craft, seed: "gui-tre-xo-dang" });
    const metadata = await sharp(image).metadata();
    expect(metadata.format).toBe("webp");
    expect(metadata.width).toBe(1000);
    expect(metadata.height).toBe(1000);
    expect(image.length).toBeLessThanOrEqual(120_000);
  });

  it("gives byte-identical output for the same spec", async () => {
    for (const craft of CRAFTS) {
      const spec = { craft, seed: "vong-cuom-ba-na", index: 1 };
      const [first, second] = await Promise.all([renderSampleImage(spec), renderSampleImage(spec)]);
      expect(first.equals(second), craft).toBe(true);
    }
  });

  it("varies with the seed and the index", async () => {
    for (const craft of CRAFTS) {
      const a = await renderSampleImage({ craft, seed: "ta-ong-kon-tum", size: 200 });
      const b = await renderSampleImage({ craft, seed: "che-gom-dak-to", size: 200 });
      const c = await renderSampleImage({ craft, seed: "ta-ong-kon-tum", index: 1, size: 200 });
      expect(a.equals(b), craft).toBe(false);
      expect(a.equals(c), craft).toBe(false);
    }
  });

  it("respects the size option", async () => {
    const image = await renderSampleImage({ craft: "pottery", seed: "size", size: 320 });
    const metadata = await sharp(image).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 320, 320]);
    await expect(renderSampleImage({ craft: "pottery", seed: "size", size: 0 })).rejects.toThrow(RangeError);
  });
});
