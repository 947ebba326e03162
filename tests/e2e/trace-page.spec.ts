import { expect, test } from "@playwright/test";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";
import { seriousViolations } from "../harness/axe.ts";
import { requireTestStack } from "../harness/test-stack.ts";
import { sampleTrace } from "../harness/trace-pages.ts";

// A buyer scans the QR tag of the sample batch of brocade scarves with a phone set to Vietnamese or to
// English: the page says who made it, where, from what and in which steps, that the record is intact
// and that it is sample data. The product page leads to it; codes that name nothing get a clear 404.
const stack = requireTestStack();
const site = stack.storefront;
const { path, sample } = sampleTrace("batch");
const maker = artisanFixtures.find((artisan) => artisan.handle === sample.makerHandles[0]);
const gtin = path.split("/")[2] ?? "";
const LANGUAGES = [
  { name: "Vietnamese", locale: "vi-VN", lang: "vi", prefix: "", t: vi },
  { name: "English", locale: "en-US", lang: "en", prefix: "/en", t: en },
] as const;

for (const language of LANGUAGES) {
  const { t, lang, prefix } = language;

  test.describe(`a phone set to ${language.name}`, () => {
    test.use({ locale: language.locale });

    test("scans the sample batch's tag and reads its story", async ({ page }) => {
      // The tag holds the language-neutral link; an English phone lands on the English twin.
      const response = await page.goto(`${site}${path}`);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`${prefix}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      const makerLink = page.getByTestId("trace-maker").first();
      await expect(makerLink).toHaveText(maker?.displayName ?? "");
      await expect(makerLink).toHaveAttribute("href", new RegExp(`^${prefix}/artisans/${maker?.handle}/?$`));
      await expect(page.getByTestId("trace-village")).toHaveAttribute(
        "href",
        new RegExp(`^${prefix}/villages/${maker?.villageHandle}/?$`),
      );
      const [material] = sample.materials;
      await expect(page.getByTestId("trace-material").first()).toHaveText(
        `${material?.name[lang]}: ${material?.origin[lang]}`,
      );

      const steps = page.getByTestId("trace-step").locator("h3");
      await expect(steps).toHaveCount(sample.events.length);
      const names = (await steps.allInnerTexts()).map((text) => text.replace(/^[^:]*:\s*/, ""));
      expect(names).toEqual(sample.events.map((event) => t[`trace.event.${event.type}`]));

      const verification = page.getByTestId("trace-verification");
      await expect(verification).toHaveAttribute("data-intact", "true");
      await expect(verification).toContainText(t["trace.verify.intact"].split("{date}")[0] ?? "");
      await expect(page.getByTestId("trace-fingerprint")).toHaveText(/^[0-9a-f]{8}$/);
      await expect(page.getByTestId("trace-sample")).toHaveText(t["trace.sample"]);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("follows the product page's link to the batch's page", async ({ page }) => {
      await page.goto(`${site}${prefix}/products/${sample.productHandle}/`);
      const links = page.getByTestId("product-trace-links");
      await expect(links.getByRole("heading", { name: t["trace.check"] })).toBeVisible();
      await links.getByRole("link", { name: t["trace.check.batch"].replace("{lot}", sample.key) }).click();
      // From the Vietnamese product page the buyer stays in Vietnamese, whatever the phone prefers.
      expect(new URL(page.url()).pathname).toBe(`${prefix}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByTestId("trace-product")).toHaveAttribute(
        "href",
        new RegExp(`^${prefix}/products/${sample.productHandle}/?$`),
      );
    });

    test("gets a 404 page that says no piece has an unknown or a malformed code", async ({ page }) => {
      const unknown = await page.goto(`${site}${path.replace(sample.key, "NO-SUCH-LOT")}`);
      expect(unknown?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t["trace.notFound.title"]);
      await expect(page.getByTestId("trace-not-found-message")).toHaveText(t["trace.notFound.unknown"]);
      await expect(page.getByRole("link", { name: t["trace.notFound.search"] })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      const wrongDigit = `${gtin.slice(0, 13)}${(Number(gtin[13]) + 1) % 10}`;
      const malformed = await page.goto(`${site}/01/${wrongDigit}/10/${sample.key}`);
      expect(malformed?.status()).toBe(404);
      await expect(page.getByTestId("trace-not-found-message")).toHaveText(
        t["trace.notFound.malformed"].replace("{reason}", t["trace.notFound.gtin"]),
      );
    });
  });
}
