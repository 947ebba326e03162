import { expect, test, type Locator, type Page } from "@playwright/test";
import { requireTestStack } from "../harness/test-stack.ts";

// The search page and the header's suggestions, on a phone, against the real stack: products through
// Medusa's /store/search, villages and stories through the storefront's /search-api.

const site = () => requireTestStack().storefront;

/** The number at the start of the results count ("12 sản phẩm cho “tho cam”"). */
async function countOf(count: Locator): Promise<number> {
  const text = (await count.textContent()) ?? "";
  const match = /^(\d+)/.exec(text.trim());
  if (!match) throw new Error(`the results count reads "${text}"`);
  return Number(match[1]);
}

/** Opens the filters panel (folded on a phone). */
async function openFilters(page: Page): Promise<void> {
  const panel = page.getByTestId("search-filters");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
}

/** A value of a facet that narrows the results: fewer items than `total`. Returns its label and count. */
async function narrowingValue(facet: Locator, total: number): Promise<{ label: Locator; count: number }> {
  const labels = facet.locator("label");
  for (let index = 0; index < (await labels.count()); index++) {
    const label = labels.nth(index);
    const count = Number(await label.locator(".search-facet__count").textContent());
    if (count > 0 && count < total) return { label, count };
  }
  throw new Error(`no value of the facet has fewer than ${total} products`);
}

test("typing “tho cam” shows brocade products with the match highlighted", async ({ page }) => {
  await page.goto(`${site()}/search`);
  await page.getByTestId("search-input").fill("tho cam");
  const title = page.getByTestId("search-hit-title").first();
  await expect(title).toContainText(/thổ cẩm/i);
  // Accents are optional: the marked words are the title's own, "thổ" and "cẩm".
  await expect(title.locator("mark", { hasText: /^(thổ|cẩm)$/i }).first()).toBeVisible();
  await expect(page.getByTestId("search-count")).toHaveText(/^\d+ sản phẩm cho “tho cam”$/);
  await expect(page.getByTestId("search-hit-price").first()).toHaveText(/₫/);
  await expect(page).toHaveURL(/\/search\?q=tho\+cam$/);
  await page.screenshot({ path: "test-results/search-vi.png", fullPage: true });
});

test("a facet narrows the results, the count and the URL follow, and the back button undoes it", async ({
  page,
}) => {
  await page.goto(`${site()}/search?q=tho+cam`);
  const count = page.getByTestId("search-count");
  await expect(count).toHaveText(/^\d+ sản phẩm cho “tho cam”/);
  const total = await countOf(count);
  await openFilters(page);
  const { label, count: narrowed } = await narrowingValue(page.getByTestId("facet-ethnic_group"), total);
  await label.click();
  await expect(count).toHaveText(new RegExp(`^${narrowed} sản phẩm cho “tho cam”$`));
  await expect(page.getByTestId("search-hit")).toHaveCount(Math.min(narrowed, 12));
  await expect(page).toHaveURL(/[?&]ethnic=[a-z-]+/);
  const filtered = page.url();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=tho\+cam$/);
  await expect(count).toHaveText(new RegExp(`^${total} sản phẩm`));
  await expect(label.locator("input")).not.toBeChecked();

  // The filtered URL, shared, opens the same state.
  const shared = await page.context().newPage();
  await shared.goto(filtered);
  await expect(shared.getByTestId("search-input")).toHaveValue("tho cam");
  await expect(shared.getByTestId("search-count")).toHaveText(new RegExp(`^${narrowed} sản phẩm`));
  await openFilters(shared);
  await expect(shared.getByTestId("facet-ethnic_group").locator("input:checked")).toHaveCount(1);
});

test("sorting by price puts the cheapest first and is kept in the URL", async ({ page }) => {
  await page.goto(`${site()}/search?q=tho+cam`);
  await openFilters(page);
  await page.getByTestId("search-sort").selectOption({ label: "Giá từ thấp đến cao" });
  await expect(page).toHaveURL(/sort=price-asc/);
  const prices = async () =>
    (await page.getByTestId("search-hit-price").allInnerTexts()).map((text) =>
      Number(text.replace(/\D/g, "")),
    );
  const ascending = (list: number[]) =>
    list.length > 1 && list.every((price, i) => i === 0 || list[i - 1]! <= price);
  await expect.poll(async () => ascending(await prices())).toBe(true);
});

test("words that match nothing show a helpful empty state", async ({ page }) => {
  await page.goto(`${site()}/search?q=zzqxv+kkjwp`);
  const empty = page.getByTestId("search-empty");
  await expect(empty).toBeVisible();
  await expect(empty).toContainText("Không tìm thấy sản phẩm nào cho “zzqxv kkjwp”");
  await expect(empty).toContainText("“tho cam” cũng tìm ra “thổ cẩm”");
  await expect(empty.getByRole("link", { name: "Xem các làng nghề" })).toHaveAttribute("href", "/villages");
  await expect(empty.getByRole("link", { name: "Xem tất cả sản phẩm" })).toHaveAttribute("href", "/products");
  await expect(page.getByTestId("search-count")).toHaveText(/^0 sản phẩm/);
});

test("villages and stories that match are listed with the products", async ({ page }) => {
  await page.goto(`${site()}/search?q=kon+klor`);
  const villages = page.getByTestId("search-villages");
  await expect(villages).toContainText("Kon Klor");
  await expect(villages.getByRole("link").first()).toHaveAttribute("href", /\/villages\/kon-klor\/?$/);
});

test("the header box suggests as you type; Escape closes, Enter goes to the search page", async ({
  page,
}) => {
  await page.goto(`${site()}/villages`);
  const input = page.getByTestId("header-search-input");
  await input.click();
  await input.pressSequentially("tho cam", { delay: 40 });
  const list = page.getByTestId("header-suggestions");
  await expect(list).toBeVisible();
  await expect(list.getByRole("option").first()).toContainText(/thổ cẩm/i);
  await expect(input).toHaveAttribute("aria-expanded", "true");

  await page.keyboard.press("ArrowDown");
  const first = list.getByRole("option").first();
  await expect(input).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=tho\+cam$/);
  await expect(page.getByTestId("search-hit-title").first()).toContainText(/thổ cẩm/i);
});

test("choosing a suggestion with the arrow keys opens it", async ({ page }) => {
  await page.goto(`${site()}/`);
  const input = page.getByTestId("header-search-input");
  await input.click();
  await input.pressSequentially("kon klor", { delay: 40 });
  // The village itself, not a product whose maker lives there.
  const village = page
    .getByTestId("header-suggestions")
    .getByRole("group", { name: "Làng nghề" })
    .getByRole("option", { name: /^Làng Kon Klor/ });
  await expect(village).toBeVisible();
  // Only the Vietnamese village, not also its English document.
  await expect(
    page.getByTestId("header-suggestions").getByRole("option", { name: /Kon Klor village/ }),
  ).toHaveCount(0);
  // The answer for all the words typed, not an earlier one for "kon k" that a later answer reorders.
  const list = page.getByTestId("header-suggestions");
  await expect(list.getByRole("option").last()).toContainText("kon klor");
  await expect(list).toHaveAttribute("aria-busy", "false");
  const options = list.getByRole("option");
  const ids = await options.evaluateAll((nodes) => nodes.map((node) => node.id));
  const position = ids.indexOf((await village.getAttribute("id")) ?? "");
  for (let step = 0; step <= position; step++) await page.keyboard.press("ArrowDown");
  await expect(village).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", ids[position]!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/villages\/kon-klor\/?$/);
});

test("the English search page shows English titles and prices in dollars", async ({ page }) => {
  await page.goto(`${site()}/en/search?q=brocade`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const title = page.getByTestId("search-hit-title").first();
  await expect(title).toContainText(/brocade/i);
  await expect(page.getByTestId("search-count")).toHaveText(/^\d+ products? for “brocade”$/);
  await expect(page.getByTestId("search-hit-price").first()).toHaveText(/\$/);
  await expect(page.getByTestId("search-hit").first().getByRole("link")).toHaveAttribute(
    "href",
    /^\/en\/products\//,
  );
});
