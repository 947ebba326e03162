import { expect, test } from "@playwright/test";
import {
  CURATION_DEADLINE_MS,
  DEFAULT_CURATION,
  frontMatter,
  saveHomeCuration,
} from "../harness/curation.ts";
import { signInAdmin } from "../harness/admin-browser.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// The tourism office reorders the featured villages in the Medusa admin, from the keyboard; the
// storefront's home page shows the new order within its cache time, with no rebuild.
const START = ["kon-k-tu", "kon-klor", "kon-pring", "dak-me"];
const MOVED = ["kon-klor", "kon-k-tu", "kon-pring", "dak-me"];
const villageName = (handle: string) => frontMatter("villages", "vi", handle, "name");

test.beforeEach(async () => {
  await saveHomeCuration(requireTestStack(), { ...DEFAULT_CURATION(), featured_villages: START });
});

test.afterEach(async () => {
  await saveHomeCuration(requireTestStack(), DEFAULT_CURATION());
});

test("a curator moves a village up in the admin and the home page follows", async ({ page }) => {
  test.setTimeout(120_000);
  const stack = requireTestStack();
  await signInAdmin(page, stack);

  await page.goto(`${stack.medusa}/app/curation`);
  const list = page.getByTestId("curation-villages-list");
  const handles = () => list.locator("li").evaluateAll((items) => items.map((li) => li.dataset.handle));
  await expect.poll(handles, { timeout: 30_000 }).toEqual(START);

  // From the keyboard: the up button of the second village, then Enter.
  const up = list.locator('li[data-handle="kon-klor"] [data-move="up"]');
  await up.focus();
  await page.keyboard.press("Enter");
  await expect.poll(handles).toEqual(MOVED);
  // The focus stays on the moved village (its up button is now disabled: the down one).
  await expect(list.locator('li[data-handle="kon-klor"] [data-move="down"]')).toBeFocused();
  await page.screenshot({ path: "test-results/curation-admin.png", fullPage: true });

  const saved = page.waitForResponse(
    (response) => response.url().endsWith("/admin/curation/home") && response.request().method() === "POST",
  );
  await page.locator('form[aria-labelledby="curation-heading"] button[type="submit"]').click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId("curation-last-saved")).toContainText(stack.admin.email);

  const home = await page.context().newPage();
  await expect
    .poll(
      async () => {
        await home.goto(`${stack.storefront}/`, { waitUntil: "networkidle" });
        return home.getByTestId("featured-village").locator("h3 a").allInnerTexts();
      },
      { timeout: CURATION_DEADLINE_MS, intervals: [2_000] },
    )
    .toEqual(MOVED.map(villageName));
});
