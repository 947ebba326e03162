import { expect, test } from "@playwright/test";
import { requireTestStack } from "../harness/test-stack.ts";

test("a buyer on a phone sees crafts from Medusa with prices in đồng", async ({ page }) => {
  await page.goto(`${requireTestStack().storefront}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  const cards = page.getByTestId("product-card");
  await expect(cards.first()).toBeVisible();
  const prices = await page.getByTestId("product-price").allInnerTexts();
  expect(prices.length).toBeGreaterThan(0);
  for (const price of prices) expect(price.replace(/\s/g, " ")).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/);
  await page.screenshot({ path: "test-results/home-vi.png", fullPage: true });
});

test("the language switcher leads to the English home page", async ({ page }) => {
  await page.goto(`${requireTestStack().storefront}/`);
  await page.locator('a[hreflang="en"]').first().click();
  await expect(page).toHaveURL(/\/en\/?$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("product-card").first()).toBeVisible();
});
