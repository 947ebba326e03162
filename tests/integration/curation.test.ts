import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { artisanFetch, createArtisanAccount, expectJson } from "../harness/artisans.ts";
import {
  DEFAULT_CURATION,
  defaultFeaturedVillages,
  eventually,
  featuredVillageNames,
  frontMatter,
  homePage,
  saveHomeCuration,
  type HomeCurationBody,
  type Locale,
} from "../harness/curation.ts";
import { customerToken } from "../harness/customers.ts";
import { startDownStorefront } from "../harness/down-storefront.ts";
import { adminClient, rejection } from "../harness/medusa-clients.ts";

// The tourism office curates the home page in the admin (POST /admin/curation/home); the storefront
// shows the change within its cache time, with no rebuild, in both languages; without Medusa it shows
// the content's own featured villages.
const stack = inject("stack");
const LOCALES: Locale[] = ["vi", "en"];
/** Three villages in an order unlike the default, one of them not featured by the content. */
const CURATED: HomeCurationBody = {
  featured_villages: ["le", "kon-pring", "kon-k-tu"],
  seasonal_festival: "water-source",
  itineraries: ["toward-the-border", "along-the-dak-bla"],
};
const villageName = (locale: Locale, handle: string) => frontMatter("villages", locale, handle, "name");
const festivalName = (locale: Locale, handle: string) => frontMatter("festivals", locale, handle, "name");
const itineraryTitle = (locale: Locale, handle: string) =>
  frontMatter("itineraries", locale, handle, "title");
const storeCuration = async () =>
  expectJson<HomeCurationBody & { updated_at: string | null }>(
    await fetch(`${stack.medusa}/store/curation/home`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    }),
    200,
  );

/** The curated parts of the home page of `locale` as a visitor sees them (server islands filled in). */
async function curatedParts(base: string, locale: Locale) {
  const { islands } = await homePage(base, locale);
  const villages = islands.get("FeaturedVillages");
  const festival = islands.get("ComingFestival")?.html ?? "";
  const itineraries = islands.get("FeaturedItineraries")?.html ?? "";
  return {
    villages: featuredVillageNames(villages?.html ?? ""),
    cacheControl: villages?.response.headers.get("cache-control") ?? "",
    festival,
    itineraries: [...itineraries.matchAll(/<h3[^>]*>\s*<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.trim()),
  };
}

afterAll(async () => {
  // Leave the home page as the content makes it, for the tests that check it.
  await saveHomeCuration(stack, DEFAULT_CURATION());
  await eventually(async () => {
    const parts = await curatedParts(stack.storefront, "vi");
    expect(parts.villages).toEqual(defaultFeaturedVillages().map((handle) => villageName("vi", handle)));
    expect(parts.festival).toContain('data-testid="next-festival"');
  });
});

describe("home page curation", () => {
  it("shows the villages, festival and itineraries the admin saved, in order, in both languages", async () => {
    const saved = await saveHomeCuration(stack, CURATED);
    expect(saved).toMatchObject({ ...CURATED, updated_by: stack.admin.email });
    expect(Date.parse(saved.updated_at)).not.toBeNaN();
    expect(await storeCuration()).toEqual({ ...CURATED, updated_at: saved.updated_at });

    for (const locale of LOCALES) {
      const parts = await eventually(async () => {
        const parts = await curatedParts(stack.storefront, locale);
        expect(parts.villages).toEqual(CURATED.featured_villages.map((h) => villageName(locale, h)));
        return parts;
      });
      expect(parts.cacheControl).toMatch(/public.*s-maxage=\d+/);
      expect(parts.festival).toContain('data-testid="seasonal-festival"');
      expect(parts.festival).toContain(festivalName(locale, CURATED.seasonal_festival!));
      expect(parts.itineraries).toEqual(CURATED.itineraries.map((h) => itineraryTitle(locale, h)));
    }
  });

  it("keeps a history of who saved what", async () => {
    const admin = await adminClient(stack);
    const body = { ...CURATED, featured_villages: ["kon-klor", "dak-me"] };
    const saved = await saveHomeCuration(stack, body);
    const { revisions } = await admin.client.fetch<{
      revisions: { featured_villages: string[]; created_by: string; created_at: string }[];
    }>("/admin/curation/history", { query: { limit: 5 } });
    expect(revisions[0]).toMatchObject({
      featured_villages: body.featured_villages,
      created_by: stack.admin.email,
      created_at: saved.updated_at,
    });
  });

  it("refuses an unknown handle with 400 and a code, and changes nothing", async () => {
    const admin = await adminClient(stack);
    const before = await saveHomeCuration(stack, CURATED);
    const cases = [
      [{ ...CURATED, featured_villages: ["kon-k-tu", "lang-khong-co"] }, "unknown_village"],
      [{ ...CURATED, seasonal_festival: "le-hoi-khong-co" }, "unknown_festival"],
      [{ ...CURATED, itineraries: ["hanh-trinh-khong-co"] }, "unknown_itinerary"],
    ] as const;
    for (const [body, code] of cases) {
      const response = await fetch(`${stack.medusa}/admin/curation/home`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await adminToken()}`,
        },
        body: JSON.stringify(body),
      });
      const error = await expectJson<{ code: string; message: string }>(response, 400);
      expect(error.code).toBe(code);
    }
    // Malformed input is refused by the validator: no village, a handle twice, an extra field.
    for (const body of [
      { ...CURATED, featured_villages: [] },
      { ...CURATED, featured_villages: ["le", "le"] },
      { ...CURATED, status: "published" },
      { ...CURATED, featured_villages: ["<script>alert(1)</script>"] },
    ]) {
      const refused = await rejection(admin.client.fetch("/admin/curation/home", { method: "POST", body }));
      expect(refused.status).toBe(400);
    }
    const after = await admin.client.fetch<HomeCurationBody & { updated_at: string }>("/admin/curation/home");
    expect(after).toMatchObject({ ...CURATED, updated_at: before.updated_at });
    expect(await storeCuration()).toEqual({ ...CURATED, updated_at: before.updated_at });
  });

  it("lets only admins in: a customer's or an artisan's token gets 401", async () => {
    const customer = await customerToken(stack);
    const { token: artisan } = await createArtisanAccount(stack);
    const before = await storeCuration();
    for (const [who, token] of Object.entries({ none: null, customer, artisan })) {
      for (const [method, route] of [
        ["GET", "/admin/curation/home"],
        ["POST", "/admin/curation/home"],
        ["GET", "/admin/curation/choices"],
        ["GET", "/admin/curation/history"],
      ] as const) {
        const response = await artisanFetch(stack, token, route, {
          method,
          ...(method === "POST" ? { body: { ...CURATED, featured_villages: ["dak-rang"] } } : {}),
        });
        expect({ who, method, route, status: response.status }).toEqual({ who, method, route, status: 401 });
      }
    }
    expect(await storeCuration()).toEqual(before);
  });

  it("offers the storefront's villages, festivals and itineraries with names in both languages", async () => {
    const admin = await adminClient(stack);
    const choices = await admin.client.fetch<{
      villages: { handle: string; name: { vi: string; en: string }; featured: boolean }[];
      festivals: { handle: string; name: { vi: string; en: string }; months: number[] }[];
      itineraries: { handle: string; title: { vi: string; en: string }; days: number }[];
    }>("/admin/curation/choices");
    expect(choices.villages.find((v) => v.handle === "kon-k-tu")).toMatchObject({
      name: { vi: villageName("vi", "kon-k-tu"), en: villageName("en", "kon-k-tu") },
      featured: true,
    });
    expect(choices.festivals.map((f) => f.handle)).toContain("water-source");
    expect(choices.itineraries.find((i) => i.handle === "toward-the-border")?.title.en).toBe(
      itineraryTitle("en", "toward-the-border"),
    );
  });
});

describe("the curated home page without Medusa", () => {
  let down: ManagedChild;
  let downUrl: string;

  beforeAll(async () => {
    ({ child: down, url: downUrl } = await startDownStorefront(stack, "storefront-curation-medusa-down"));
  });

  afterAll(async () => {
    await down?.stop();
  });

  it.each(LOCALES)("shows the content's featured villages and the next festival (%s)", async (locale) => {
    const { response, html } = await homePage(downUrl, locale);
    expect(response.status).toBe(200);
    const defaults = defaultFeaturedVillages().map((handle) => villageName(locale, handle));
    // Before the island answers (and without JavaScript): the content's defaults, in the page itself.
    expect(featuredVillageNames(html)).toEqual(defaults);
    const parts = await curatedParts(downUrl, locale);
    expect(parts.villages).toEqual(defaults);
    expect(parts.cacheControl).toContain("s-maxage=10");
    expect(parts.festival).toContain('data-testid="next-festival"');
    expect(parts.itineraries).toEqual([]);
  });
});

async function adminToken(): Promise<string> {
  const response = await fetch(`${stack.medusa}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin.email, password: stack.admin.password }),
  });
  return (await expectJson<{ token: string }>(response, 200)).token;
}
