import { beforeAll, describe, expect, inject, it } from "vitest";
import type Medusa from "@medusajs/js-sdk";
import type { SearchTypes } from "@medusajs/types";
import type { ProductDocument } from "../../search-config/products.ts";
import { adminClient, storeClient } from "../harness/medusa-clients.ts";
import { storeSearch, within } from "../harness/search.ts";
import { createAdminClient } from "../../scripts/stack/search-admin-client.ts";
import { rebuildMedusaIndexes, type IndexProgress } from "../../scripts/search/rebuild-medusa-indexes.ts";

// A change made in Medusa's admin reaches search (POST /store/search, as the storefront asks) within 5 s.
const stack = inject("stack");
const store = storeClient(stack);
let admin: Medusa;
let salesChannelId: string;
let locationId: string;

type Result = SearchTypes.SearchResult<ProductDocument>;
const DEADLINE_MS = 5_000;

const search = (q: string, entity = "products"): Promise<Result> =>
  storeSearch<ProductDocument>(store, entity, q);

const hitOf = async (q: string, id: string, entity?: string) =>
  (await search(q, entity)).hits.find((hit) => hit.id === id);

async function createProduct(title: string, status: "published" | "draft", sku: string) {
  const { product } = await admin.admin.product.create({
    title,
    // Other tests open "the first product" on the storefront: keep its address plain.
    handle: `search-sync-${sku.toLowerCase()}`,
    status,
    options: [{ title: "Kích thước", values: ["Vừa"] }],
    sales_channels: [{ id: salesChannelId }],
    variants: [
      {
        title: "Vừa",
        sku,
        options: { "Kích thước": "Vừa" },
        manage_inventory: true,
        prices: [
          { currency_code: "vnd", amount: 250000 },
          { currency_code: "usd", amount: 10 },
        ],
      },
    ],
  });
  return product;
}

beforeAll(async () => {
  admin = await adminClient(stack);
  const { sales_channels } = await admin.admin.salesChannel.list();
  salesChannelId = sales_channels[0].id;
  const { stock_locations } = await admin.admin.stockLocation.list();
  locationId = stock_locations[0].id;
});

describe("products stay in sync with Medusa", () => {
  it("a new product is found; retitled, it is found by its new title and not by the old one", async () => {
    const product = await createProduct("Khăn đồng bộ vzqarn", "published", "SYNC-RETITLE-1");
    await within(DEADLINE_MS, async () => expect(await hitOf("vzqarn", product.id)).toBeDefined());

    await admin.admin.product.update(product.id, { title: "Gùi đồng bộ plomwix" });
    await within(DEADLINE_MS, async () => {
      expect((await hitOf("plomwix", product.id))?.document.title).toBe("Gùi đồng bộ plomwix");
      expect(await hitOf("vzqarn", product.id)).toBeUndefined();
    });
  });

  it("a deleted product disappears", async () => {
    const product = await createProduct("Vòng đồng bộ kretuv", "published", "SYNC-DELETE-1");
    await within(DEADLINE_MS, async () => expect(await hitOf("kretuv", product.id)).toBeDefined());
    await admin.admin.product.delete(product.id);
    await within(DEADLINE_MS, async () => expect(await hitOf("kretuv", product.id)).toBeUndefined());
  });

  it("a draft never appears; unpublished, a product disappears", async () => {
    const draft = await createProduct("Giỏ nháp bruzvek", "draft", "SYNC-DRAFT-1");
    const published = await createProduct("Giỏ bán bruzvek", "published", "SYNC-DRAFT-2");
    await within(DEADLINE_MS, async () => expect(await hitOf("bruzvek", published.id)).toBeDefined());
    expect(await hitOf("bruzvek", draft.id)).toBeUndefined();

    await admin.admin.product.update(published.id, { status: "draft" });
    await within(DEADLINE_MS, async () => expect((await search("bruzvek")).hits).toEqual([]));
  });

  it("repriced, it shows the new price", async () => {
    const product = await createProduct("Túi đồng bộ quamtel", "published", "SYNC-PRICE-1");
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("quamtel", product.id))?.document.price_vnd).toBe(250000),
    );
    await admin.admin.product.updateVariant(product.id, product.variants![0].id, {
      prices: [
        { currency_code: "vnd", amount: 310000 },
        { currency_code: "usd", amount: 12.5 },
      ],
    });
    await within(DEADLINE_MS, async () => {
      const hit = await hitOf("quamtel", product.id);
      expect(hit?.document.price_vnd).toBe(310000);
      expect(hit?.document.price_usd).toBe(12.5);
    });
  });

  it("sold out (stock 0), it shows as out of stock; restocked, in stock again", async () => {
    const product = await createProduct("Bình đồng bộ snevdor", "published", "SYNC-STOCK-1");
    const { inventory_items } = await admin.admin.inventoryItem.list({ sku: "SYNC-STOCK-1" });
    const itemId = inventory_items[0].id;
    await admin.client.fetch(`/admin/inventory-items/${itemId}/location-levels`, {
      method: "POST",
      body: { location_id: locationId, stocked_quantity: 2 },
    });
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("snevdor", product.id))?.document.in_stock).toBe(true),
    );
    await admin.admin.inventoryItem.updateLevel(itemId, locationId, { stocked_quantity: 0 });
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("snevdor", product.id))?.document.in_stock).toBe(false),
    );
    await admin.admin.inventoryItem.updateLevel(itemId, locationId, { stocked_quantity: 3 });
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("snevdor", product.id))?.document.in_stock).toBe(true),
    );
  });

  it("the English index follows too", async () => {
    const product = await createProduct("Khăn tiếng Anh glorvan", "published", "SYNC-EN-1");
    await within(DEADLINE_MS, async () =>
      expect((await hitOf("glorvan", product.id, "products-en-US"))?.document.language).toBe("en"),
    );
  });

  it("a full rebuild reports progress, keeps answering meanwhile and ends with every product", async () => {
    const before = (await search("tho cam")).metadata.count;
    const reports: IndexProgress[][] = [];
    const answered: number[] = [];
    const rebuilding = rebuildMedusaIndexes({
      medusa: { url: stack.medusa, ...stack.admin },
      meilisearch: createAdminClient({ host: stack.meilisearch, apiKey: stack.meilisearchKey }),
      onProgress: (progress) => reports.push(progress),
    });
    let finished = false;
    void rebuilding.finally(() => (finished = true));
    while (!finished) answered.push((await search("tho cam")).metadata.count ?? 0);
    const final = await rebuilding;
    expect(answered.every((count) => count === before)).toBe(true);
    expect(final.map((progress) => progress.index).sort()).toEqual([
      "artisans",
      "artisans-en-US",
      "products",
      "products-en-US",
    ]);
    for (const { index, done, total, status } of final) {
      expect(status).toBe("ready");
      if (index.startsWith("products")) expect(done).toBe(total);
    }
    expect(reports.length).toBeGreaterThan(0);
  });
});
