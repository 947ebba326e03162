import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { getEntry } from "astro:content";
import { describe, expect, it } from "vitest";
import FestivalList from "../../site/components/festival/FestivalList.astro";
import VillageJsonLd from "../../site/components/seo/VillageJsonLd.astro";

// The village page's festival list and its Place data, rendered alone with the real content collections.
const container = await AstroContainer.create({ astroConfig: { site: "https://crafts.example.vn" } });

describe("festival list of a village", () => {
  it("lists the festivals seen in the village, with their usual months, in the page's language", async () => {
    const vi = await container.renderToString(FestivalList, { props: { village: "kon-k-tu", locale: "vi" } });
    expect(vi).toContain("Lễ mừng lúa mới");
    expect(vi).toContain("tháng 10, tháng 11 và tháng 12");
    expect(vi).not.toContain("Lễ bỏ mả"); // held in Kon Klor and Plei Đôn, not Kon K'Tu
    const en = await container.renderToString(FestivalList, { props: { village: "kon-k-tu", locale: "en" } });
    expect(en).toContain("October, November, and December");
  });

  it("says so when a village has no festival described", async () => {
    const html = await container.renderToString(FestivalList, { props: { village: "le", locale: "en" } });
    expect(html.match(/data-testid="festival"/g)).toBeNull();
    expect(html).toContain("No festival has been described for this village yet.");
  });
});

describe("village JSON-LD", () => {
  it("describes the village as a TouristAttraction with its address and page", async () => {
    const village = await getEntry("villages", "en/kon-k-tu");
    const html = await container.renderToString(VillageJsonLd, { props: { village } });
    const json = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? "null")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "TouristAttraction",
      name: "Kon K'Tu village",
      address: { "@type": "PostalAddress", addressCountry: "VN" },
    });
    expect(JSON.parse(json ?? "null").url).toBe("https://crafts.example.vn/en/villages/kon-k-tu/");
  });
});
