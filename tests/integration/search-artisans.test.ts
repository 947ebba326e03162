import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type Medusa from "@medusajs/js-sdk";
import type { SearchTypes } from "@medusajs/types";
import type { StoreArtisansResponse } from "../../commerce/src/api/store/types.ts";
import type { ArtisanDocument } from "../../search-config/artisans.ts";
import { adminClient, storeClient } from "../harness/medusa-clients.ts";
import { storeSearch, within } from "../harness/search.ts";

// A buyer types an artisan's name or people into the search box: the storefront asks Medusa's POST
// /store/search (publishable key) for the artisan indexes the Search Module keeps in Meilisearch. An
// artisan recorded, renamed or deleted in the admin reaches search within 5 s.
const stack = inject("stack");
const store = storeClient(stack);
let admin: Medusa;
let salesChannelId: string;

type Result = SearchTypes.SearchResult<ArtisanDocument>;
const DEADLINE_MS = 5_000;
const created: string[] = [];

const searchArtisans = (
  q: string,
  { entity = "artisans", ...options }: { entity?: string; filters?: object } & Record<string, unknown> = {},
): Promise<Result> => storeSearch<ArtisanDocument>(store, entity, q, { take: 100, ...options });

const hitOf = async (q: string, id: string, entity?: string) =>
  (await searchArtisans(q, { entity })).hits.find((hit) => hit.id === id);

async function createArtisan(handle: string, displayName: string): Promise<string> {
  const { artisan } = await admin.client.fetch<{ artisan: { id: string } }>("/admin/artisans", {
    method: "POST",
    body: {
      handle,
      display_name: displayName,
      village_handle: "kon-pring",
      ethnic_group: "xo-dang",
      crafts: ["blacksmithing"],
      title: null,
      bio: { vi: "Hồ sơ thử tìm kiếm (dữ liệu thử).", en: "A search test profile (test data)." },
      photo_url: null,
      metadata: { sample: true },
    },
  });
  created.push(artisan.id);
  return artisan.id;
}

async function deleteArtisan(id: string): Promise<void> {
  await admin.client.fetch(`/admin/artisans/${id}`, { method: "DELETE" });
  created.splice(created.indexOf(id), 1);
}

/** Every artisan the store lists (GET /store/artisans). */
async function storeArtisans(): Promise<StoreArtisansResponse["artisans"]> {
  const { artisans } = await store.client.fetch<StoreArtisansResponse>("/store/artisans", {
    query: { limit: 100 },
  });
  return artisans;
}

beforeAll(async () => {
  admin = await adminClient(stack);
  const { sales_channels } = await admin.admin.salesChannel.list();
  salesChannelId = sales_channels[0].id;
});

afterAll(async () => {
  for (const id of [...created]) await deleteArtisan(id);
});

describe("artisan search: names and peoples without diacritics", () => {
  it('"Xo Dang" finds every Xơ Đăng artisan, ahead of anyone else', async () => {
    const xoDang = (await storeArtisans()).filter((artisan) => artisan.ethnic_group === "xo-dang");
    expect(xoDang.length).toBeGreaterThan(2);
    const { hits } = await searchArtisans("Xo Dang");
    const groups = hits.map((hit) => hit.document.ethnic_group);
    expect(groups.slice(0, xoDang.length)).toEqual(xoDang.map(() => "xo-dang"));
    expect(hits.map((hit) => hit.document.handle)).toEqual(
      expect.arrayContaining(xoDang.map((artisan) => artisan.handle)),
    );
    expect(hits[0].document.ethnic_group_name).toBe("Xơ Đăng");
  });

  it("a sample artisan's name typed without diacritics finds them first", async () => {
    const artisans = await storeArtisans();
    for (const handle of ["a-kroc", "y-hngo"]) {
      const artisan = artisans.find((candidate) => candidate.handle === handle)!;
      const plain = artisan.display_name.normalize("NFD").replace(/\p{M}/gu, "");
      expect(plain).not.toBe(artisan.display_name);
      const { hits } = await searchArtisans(plain);
      expect(hits[0].document).toMatchObject({ handle, name: artisan.display_name, sample: true });
    }
  });

  it("the English index has the English bio and names; 'Sedang' and 'brocade' find the right people", async () => {
    const sedang = await searchArtisans("Sedang", { entity: "artisans-en-US" });
    expect(sedang.hits.length).toBeGreaterThan(2);
    expect(sedang.hits[0].document).toMatchObject({
      ethnic_group: "xo-dang",
      ethnic_group_name: "Xơ Đăng (Sedang)",
      language: "en",
    });
    const [first] = sedang.hits;
    const vietnamese = (await searchArtisans(first.document.name)).hits.find((hit) => hit.id === first.id);
    expect(vietnamese?.document.bio).toBeTruthy();
    expect(first.document.bio).not.toBe(vietnamese?.document.bio);
    const brocade = await searchArtisans("brocade", { entity: "artisans-en-US" });
    expect(brocade.hits[0].document.crafts).toContain("brocade-weaving");
    const thoCam = await searchArtisans("tho cam");
    expect(thoCam.hits[0].document.craft_names).toContain("Dệt thổ cẩm");
  });

  it("filters by people, village and craft with counts that match the store's list", async () => {
    const artisans = await storeArtisans();
    const all = await searchArtisans("", { search_options: { facets: ["ethnic_group"] } });
    expect(all.metadata.count).toBe(artisans.length);
    const facet = all.facets?.ethnic_group;
    const counted = facet?.type === "value" ? facet.values : [];
    const byGroup = Map.groupBy(artisans, (artisan) => artisan.ethnic_group);
    expect(Object.fromEntries(counted.map(({ value, count }) => [value, count]))).toEqual(
      Object.fromEntries([...byGroup].map(([group, members]) => [group, members.length])),
    );
    const baNa = await searchArtisans("", { filters: { ethnic_group: "ba-na" } });
    expect(baNa.metadata.count).toBe(byGroup.get("ba-na")?.length);
    const weavers = await searchArtisans("", {
      filters: { crafts: "brocade-weaving", village: "kon-klor" },
    });
    const expected = artisans
      .filter(
        (artisan) => artisan.crafts.includes("brocade-weaving") && artisan.village_handle === "kon-klor",
      )
      .map((artisan) => artisan.handle)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(weavers.hits.map((hit) => hit.document.handle).sort()).toEqual(expected);
  });
});

describe("artisans stay in sync with Medusa", () => {
  it("a new artisan is found; renamed, by the new name and not the old one; deleted, gone", async () => {
    const id = await createArtisan("thu-tim-kiem-vromdel", "A Vromdel");
    await within(DEADLINE_MS, async () => expect(await hitOf("vromdel", id)).toBeDefined());

    await admin.client.fetch(`/admin/artisans/${id}`, {
      method: "POST",
      body: { display_name: "Y Zirquen" },
    });
    await within(DEADLINE_MS, async () => {
      expect((await hitOf("zirquen", id))?.document.name).toBe("Y Zirquen");
      expect(await hitOf("vromdel", id)).toBeUndefined();
    });
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("zirquen", id, "artisans-en-US"))?.document.language).toBe("en"),
    );

    await deleteArtisan(id);
    await within(DEADLINE_MS, async () => {
      expect(await hitOf("zirquen", id)).toBeUndefined();
      expect(await hitOf("zirquen", id, "artisans-en-US")).toBeUndefined();
    });
  });

  it("a product given a maker counts for them; given another maker, it moves", async () => {
    const first = await createArtisan("thu-tim-kiem-plunvar", "A Plunvar");
    const second = await createArtisan("thu-tim-kiem-drostum", "Y Drostum");
    const { product } = await admin.admin.product.create({
      title: "Dao rèn thử tìm kiếm",
      status: "published",
      options: [{ title: "Kích thước", values: ["Vừa"] }],
      sales_channels: [{ id: salesChannelId }],
      variants: [
        {
          title: "Vừa",
          options: { "Kích thước": "Vừa" },
          manage_inventory: false,
          prices: [{ currency_code: "vnd", amount: 150000 }],
        },
      ],
    });
    const setMaker = (artisanId: string) =>
      admin.client.fetch(`/admin/products/${product.id}/craft`, {
        method: "POST",
        body: { craft: "blacksmithing", artisan_id: artisanId },
      });
    const countOf = async (q: string, id: string) => (await hitOf(q, id))?.document.product_count;

    await within(DEADLINE_MS, async () => expect(await countOf("plunvar", first)).toBe(0));
    await setMaker(first);
    await within(DEADLINE_MS, async () => expect(await countOf("plunvar", first)).toBe(1));
    await setMaker(second);
    await within(DEADLINE_MS, async () => {
      expect(await countOf("drostum", second)).toBe(1);
      expect(await countOf("plunvar", first)).toBe(0);
    });
    await admin.admin.product.delete(product.id);
    await within(DEADLINE_MS, async () => expect(await countOf("drostum", second)).toBe(0));
  });
});
