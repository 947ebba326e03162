import { afterAll, describe, expect, inject, it } from "vitest";
import type { ContentDocuments } from "../../search-config/indexes.ts";
import { villageSettings } from "../../search-config/villages.ts";
import { indexContent, nextIndexName } from "../../scripts/search/content-indexer.ts";
import { settingsDifferences } from "../../scripts/search/content-settings.ts";
import { createAdminClient } from "../../scripts/stack/search-admin-client.ts";

// Villages and stories as a visitor searches them: through the storefront's /search-api proxy, in
// both languages (a `lang` filter), with or without diacritics. Then the content indexer again: a
// settings change is rebuilt beside the live index and swapped in while searches keep answering.
const stack = inject("stack");
const admin = { host: stack.meilisearch, apiKey: stack.meilisearchKey };
const documentsUrl = `${stack.storefront}/search-documents.json`;

interface Hit {
  id: string;
  handle: string;
  lang: string;
  url: string;
  image_url: string;
  name?: string;
  title?: string;
  crafts: string[];
  ethnic_group: string;
}
type Lang = "vi" | "en";

/** POST /search-api/multi-search as the search page sends it: villages and stories in one language. */
async function searchContent(
  q: string,
  lang: Lang,
): Promise<{ status: number; villages: Hit[]; stories: Hit[] }> {
  const response = await fetch(`${stack.storefront}/search-api/multi-search`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "identity" },
    body: JSON.stringify({
      queries: ["villages", "stories"].map((indexUid) => ({
        indexUid,
        q,
        filter: [`lang = ${lang}`],
        limit: 20,
      })),
    }),
  });
  if (response.status !== 200) return { status: response.status, villages: [], stories: [] };
  const { results } = (await response.json()) as { results: { hits: Hit[] }[] };
  return { status: 200, villages: results[0]?.hits ?? [], stories: results[1]?.hits ?? [] };
}

const handles = (hits: Hit[]) => hits.map((hit) => hit.handle);

afterAll(async () => {
  // Whatever a test changed, leave the indexes as the stack made them.
  await indexContent({ ...admin, documents: { url: documentsUrl } });
});

describe("searching villages and stories through /search-api", () => {
  it.each([
    ["vi", "Kon Klor", "Làng Kon Klor", "/villages/kon-klor/"],
    ["en", "Kon Klor", "Kon Klor village", "/en/villages/kon-klor/"],
    ["vi", "kon jo ri", "Làng Kon Jơ Ri", "/villages/kon-jo-ri/"],
    ["en", "plei don", "Plei Đôn village", "/en/villages/plei-don/"],
  ] as const)("(%s) “%s” finds %s first, linking to its page", async (lang, q, name, url) => {
    const { status, villages } = await searchContent(q, lang);
    expect(status).toBe(200);
    expect(villages[0]).toMatchObject({ name, url, lang });
    expect(villages.every((hit) => hit.lang === lang)).toBe(true);
  });

  it.each(["vi", "en"] as const)("(%s) “gui” finds the story of the back-basket", async (lang) => {
    const { stories } = await searchContent("gui", lang);
    expect(handles(stories)).toContain("the-back-basket");
    expect(stories.every((hit) => hit.lang === lang)).toBe(true);
  });

  it.each(["vi", "en"] as const)("(%s) “Xo Dang” finds the Xơ Đăng village Kon Pring", async (lang) => {
    const { villages } = await searchContent("Xo Dang", lang);
    expect(handles(villages)).toEqual(["kon-pring"]);
    expect(villages[0]?.ethnic_group).toBe("xo-dang");
  });

  it("finds the same villages for “tho cam” and “thổ cẩm”, and “brocade” in English", async () => {
    const plain = await searchContent("tho cam", "vi");
    const accented = await searchContent("thổ cẩm", "vi");
    expect(plain.villages.length).toBeGreaterThan(0);
    expect(handles(plain.villages)).toEqual(handles(accented.villages));
    const brocade = await searchContent("brocade", "en");
    expect(brocade.villages.length).toBeGreaterThan(0);
    expect(brocade.villages.every((hit) => hit.crafts.includes("brocade-weaving"))).toBe(true);
  });

  it("gives hits a picture the storefront serves", async () => {
    const { villages, stories } = await searchContent("gui", "en");
    for (const hit of [villages[0], stories[0]]) {
      const picture = await fetch(`${stack.storefront}${hit?.image_url}`);
      expect(picture.status).toBe(200);
      expect(picture.headers.get("content-type")).toBe("image/webp");
    }
  });
});

describe("the content indexer", () => {
  it("swaps in a rebuilt index when the settings changed, while searches keep finding the village", async () => {
    const client = createAdminClient(admin);
    const villages = client.index("villages");
    // The live index drifts from the declared settings (as after a change to search-config/villages.ts).
    const drift = await villages
      .updateSettings({ typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } } })
      .waitTask();
    expect(drift.status).toBe("succeeded");
    expect(settingsDifferences(villageSettings, await villages.getSettings())).toEqual(["typoTolerance"]);

    const failures: string[] = [];
    let searches = 0;
    let done = false;
    const poll = (async () => {
      while (!done) {
        const { status, villages: hits } = await searchContent("Kon Klor", "vi");
        searches += 1;
        if (status !== 200 || hits[0]?.handle !== "kon-klor")
          failures.push(`${status}: ${handles(hits).join(",")}`);
      }
    })();
    const outcomes = await indexContent({ ...admin, documents: { url: documentsUrl } }).finally(() => {
      done = true;
    });
    await poll;

    expect(outcomes.find((outcome) => outcome.index === "villages")?.action).toBe("rebuilt");
    expect(searches).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(settingsDifferences(villageSettings, await villages.getSettings())).toEqual([]);
    const { results } = await client.getIndexes({ limit: 100 });
    expect(results.map((index) => index.uid)).not.toContain(nextIndexName("villages"));

    // Run again: nothing to do.
    const again = await indexContent({ ...admin, documents: { url: documentsUrl } });
    expect(again.map(({ action, changed, removed }) => ({ action, changed, removed }))).toEqual([
      { action: "updated", changed: 0, removed: 0 },
      { action: "updated", changed: 0, removed: 0 },
    ]);
  });

  it("removes a village whose entry is gone, and brings it back with the entry", async () => {
    const all = (await fetch(documentsUrl).then((response) => response.json())) as ContentDocuments;
    const without = { ...all, villages: all.villages.filter((village) => village.handle !== "kon-klor") };
    const removed = await indexContent({ ...admin, documents: without });
    expect(removed[0]).toMatchObject({ index: "villages", removed: 2 });
    expect(handles((await searchContent("Kon Klor", "vi")).villages)).not.toContain("kon-klor");

    await indexContent({ ...admin, documents: all });
    expect(handles((await searchContent("Kon Klor", "vi")).villages)[0]).toBe("kon-klor");
  });
});
