import type pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { sampleMark } from "../../commerce/src/scripts/seed/trace/fixtures.ts";
import { fill } from "../../site/components/catalog/fill.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";
import { createOneSizeProduct } from "../harness/catalog.ts";
import { rejection, storeClient } from "../harness/medusa-clients.ts";
import { storefrontGet, storefrontPage } from "../harness/storefront-pages.ts";
import { traceFixtureWithDatabase, type TraceFixture } from "../harness/trace.ts";
import { jsonLdNodes, sampleTrace } from "../harness/trace-pages.ts";

// A buyer's phone opens a tag's link on the storefront: the page of the batch or piece in the phone's
// language, a specific 404 for codes that name nothing, and a warning when the record was changed
// after publication. The product page links to its published records.
const stack = inject("stack");
let t: TraceFixture;
let db: pg.Client;

beforeAll(async () => {
  ({ t, db } = await traceFixtureWithDatabase(stack));
});

afterAll(async () => {
  await db?.end();
});

const get = (path: string, headers?: Record<string, string>) =>
  storefrontGet(stack.storefront, path, headers);
const page = (path: string, headers?: Record<string, string>) =>
  storefrontPage(stack.storefront, path, headers);
const langOf = (html: string) => /<html lang="(\w+)"/.exec(html)?.[1];
const pathOf = (record: { digital_link: string }) => new URL(record.digital_link).pathname;
/** Letters and digits of the clock: lots no other run has used. */
const stamp = () => Date.now().toString(36).toUpperCase();

const batch = sampleTrace("batch");
const product = productFixtures.find((candidate) => candidate.handle === batch.sample.productHandle);

describe("the sample batch's page", () => {
  it("tells the story in Vietnamese with JSON-LD (gtin14, maker, materials, origin) and its English twin", async () => {
    const { response, html } = await page(batch.path);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
    expect(langOf(html)).toBe("vi");
    expect(html).toContain(`<h1>${fill(vi["trace.title"], { product: product?.title.vi ?? "" })}</h1>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${batch.path}"`));
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*/en${batch.path}"`));

    const gtin14 = batch.path.split("/")[2];
    const nodes = jsonLdNodes(html);
    const productNode = nodes.find((node) => node["@type"] === "Product");
    expect(productNode).toMatchObject({
      gtin14,
      name: product?.title.vi,
      material: batch.sample.materials.map((material) => material.name.vi),
      countryOfOrigin: { "@type": "Country", name: "Việt Nam" },
      identifier: { "@type": "PropertyValue", propertyID: "GS1 AI 10", value: batch.sample.key },
    });
    const maker = nodes.find((node) => node["@type"] === "Person");
    expect(String(maker?.url)).toMatch(new RegExp(`/artisans/${batch.sample.makerHandles[0]}/?$`));
    expect(productNode?.manufacturer).toEqual([{ "@id": maker?.["@id"] }]);

    const english = await page(`/en${batch.path}`);
    expect(english.response.status).toBe(200);
    expect(langOf(english.html)).toBe("en");
    expect(english.html).toContain(
      `<h1>${fill(en["trace.title"], { product: product?.title.en ?? "" })}</h1>`,
    );
    expect(jsonLdNodes(english.html).find((node) => node["@type"] === "Product")).toMatchObject({
      gtin14,
      material: batch.sample.materials.map((material) => material.name.en),
      countryOfOrigin: { name: "Vietnam" },
    });
  });

  it("shows the sample mark its maker may use today, and the OCOP stars", async () => {
    const { html } = await page(`/en${batch.path}`);
    const badge = html.slice(html.indexOf('data-testid="trace-mark"'));
    expect(badge).toContain(sampleMark.name.en);
    expect(html).toContain(en["trace.mark.unregistered"]);
    expect(html).toContain(fill(en["catalog.product.ocopStars"], { stars: product?.ocopStars ?? 0 }));
  });
});

describe("the language of a tag's link", () => {
  it("sends a phone that prefers English (or neither language) to /en/01/…; Vietnamese stays", async () => {
    for (const header of ["en-US,en;q=0.9", "fr-FR,fr;q=0.9", "vi;q=0.5,en;q=0.8"]) {
      const response = await get(batch.path, { "accept-language": header });
      expect([header, response.status]).toEqual([header, 302]);
      expect(response.headers.get("location")).toBe(`/en${batch.path}`);
      expect(response.headers.get("vary")).toMatch(/accept-language/i);
    }
    for (const header of ["vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", ""]) {
      const { response, html } = await page(batch.path, header ? { "accept-language": header } : {});
      expect([header, response.status, langOf(html)]).toEqual([header, 200, "vi"]);
      expect(response.headers.get("vary")).toMatch(/accept-language/i);
    }
  });

  it("keeps Vietnamese for ?lang=vi, which the English page's language switcher links to", async () => {
    const english = await page(`/en${batch.path}`, { "accept-language": "en-US,en;q=0.9" });
    const switcher = /<a href="([^"]+)" hreflang="vi"/.exec(english.html)?.[1];
    expect(switcher).toBe(`${batch.path}?lang=vi`);
    const { response, html } = await page(switcher ?? "", { "accept-language": "en-US,en;q=0.9" });
    expect(response.status).toBe(200);
    expect(langOf(html)).toBe("vi");
    // The canonical URL stays the tag's own.
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${batch.path}"`));
  });
});

describe("codes that name no published piece", () => {
  it("answer 404 with a page that says so in the page's language: unknown, draft and malformed codes", async () => {
    const draft = await t.createRecord(`D-${stamp()}`);
    const gtin = batch.path.split("/")[2] ?? "";
    const wrongDigit = `${gtin.slice(0, 13)}${(Number(gtin[13]) + 1) % 10}`;
    const cases = [
      { path: batch.path.replace(/DEMO-2026-01$/, "NO-SUCH-LOT"), problem: "unknown" },
      { path: pathOf(draft), problem: "unknown" },
      { path: `/01/${wrongDigit}/10/DEMO-2026-01`, problem: "gtin" },
      { path: `/01/${gtin}/17/DEMO-2026-01`, problem: "path" },
      { path: `/01/${gtin}/10/L%C3%94-01`, problem: "attribute" },
      { path: "/01/123", problem: "path" },
    ] as const;
    for (const { path, problem } of cases) {
      for (const [prefix, dictionary, lang] of [
        ["", vi, "vi"],
        ["/en", en, "en"],
      ] as const) {
        const { response, html } = await page(`${prefix}${path}`);
        const message =
          problem === "unknown"
            ? dictionary["trace.notFound.unknown"]
            : fill(dictionary["trace.notFound.malformed"], {
                reason: dictionary[`trace.notFound.${problem}`],
              });
        expect([prefix + path, response.status, langOf(html)]).toEqual([prefix + path, 404, lang]);
        expect(html).toContain(`<h1>${dictionary["trace.notFound.title"]}</h1>`);
        expect(html).toContain(message);
      }
    }
  });
});

describe("a record changed after publication", () => {
  it("shows the warning naming the changed step, in Vietnamese and English", async () => {
    const record = await t.publishedRecord(`C-${stamp()}`);
    const path = pathOf(record);
    expect((await page(path)).html).toContain('data-intact="true"');

    await db.query(
      `update trace_event set description = '{"vi":"Nhuộm phẩm màu hoá học","en":"Dyed with chemicals"}'::jsonb
       where record_id = $1 and sequence = 2`,
      [record.id],
    );
    for (const [prefix, dictionary] of [
      ["", vi],
      ["/en", en],
    ] as const) {
      const { response, html } = await page(`${prefix}${path}`);
      expect(response.status).toBe(200);
      expect(html).toContain('data-intact="false"');
      expect(html).toContain(dictionary["trace.verify.changed"]);
      expect(html).toContain(
        fill(dictionary["trace.verify.event_changed"], { step: 2, name: dictionary["trace.event.dyed"] }),
      );
    }
  });
});

describe("the way in from the product page", () => {
  it("lists the product's published records newest first, drafts left out, and the product page links to them", async () => {
    const handle = `khan-nguon-goc-${Date.now()}`;
    const made = await createOneSizeProduct(t.admin, {
      title: "Khăn thử nguồn gốc",
      handle,
      prices: [
        { currency_code: "vnd", amount: 300000 },
        { currency_code: "usd", amount: 12 },
      ],
    });
    expect((await page(`/products/${handle}`)).html).not.toContain('data-testid="product-trace-links"');

    const first = await t.publishedRecord(`W/${stamp()}%`, made.id);
    await t.createRecord(`DRAFT-${stamp()}`, made.id);
    const second = await t.publishedRecord(`N-${stamp()}`, made.id);
    const store = storeClient(stack);
    const { trace_records } = await store.client.fetch<{
      trace_records: { lot: string; path: string; published_at: string; sample: boolean }[];
    }>("/store/trace", { query: { product_id: made.id } });
    expect(trace_records.map((record) => [record.lot, record.path])).toEqual([
      [second.lot, pathOf(second)],
      [first.lot, pathOf(first)],
    ]);
    expect(pathOf(first)).toContain("%2F");
    expect((await rejection(store.client.fetch("/store/trace"))).status).toBe(400);

    const vietnamese = await page(`/products/${handle}`);
    expect(vietnamese.html).toContain(`<h3 id="trace-links">${vi["trace.check"]}</h3>`);
    expect(vietnamese.html).toContain(`href="${pathOf(first)}?lang=vi"`);
    const english = await page(`/en/products/${handle}`);
    expect(english.html).toContain(`href="/en${pathOf(second)}"`);

    // The percent-encoded lot (with "/" and "%") opens its own page.
    const opened = await page(`/en${pathOf(first)}`);
    expect(opened.response.status).toBe(200);
    expect(opened.html).toContain(fill(en["trace.batch.other"], { lot: first.lot ?? "", count: 6 }));
  });
});
