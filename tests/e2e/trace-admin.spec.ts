import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAdmin } from "../harness/admin-browser.ts";
import { readQr } from "../harness/qr.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// A curator records a batch of winnowing trays in the admin without knowing any GS1 number, adds two
// production steps, publishes it, downloads its QR code and prints its tags.
const PRODUCT = "Nia tre";
const both = (en: string, vi: string) => new RegExp(`^(${en}|${vi})$`);

async function addStep(page: Page, type: RegExp, day: string, place: string | null, description: string) {
  await page.getByRole("button", { name: both("Add a step", "Thêm bước") }).click();
  const drawer = page.getByRole("dialog");
  await drawer.locator("#trace-event-type").click();
  await page.getByRole("option", { name: type }).click();
  await drawer.locator("#trace-event-date").fill(day);
  if (place) await drawer.locator("#trace-event-place-vi").fill(place);
  await drawer.locator("#trace-event-description-vi").fill(description);
  await drawer.getByRole("button", { name: both("Save", "Lưu") }).click();
  await expect(drawer).toBeHidden();
}

test("a curator creates, fills, publishes and prints a trace record", async ({ page }) => {
  test.setTimeout(180_000);
  const stack = requireTestStack();
  // The tourism office works in Vietnamese (the dashboard reads its language from localStorage "lng").
  await page.addInitScript(() => window.localStorage.setItem("lng", "vi"));
  await signInAdmin(page, stack);

  await page.goto(`${stack.medusa}/app/trace-records`);
  await page.getByRole("button", { name: both("New record", "Tạo bản ghi") }).click();
  const modal = page.getByRole("dialog");
  await modal.locator("#trace-product").fill(PRODUCT);
  await modal.getByRole("button", { name: new RegExp(`^${PRODUCT}`) }).click();
  // The product's artisan, village and materials come in by themselves, and a lot number is suggested.
  await expect(modal.getByTestId("trace-makers")).toContainText("A Bưng", { timeout: 15_000 });
  await expect(modal.locator("#trace-village")).toHaveValue("plei-don");
  await expect(modal.locator("#trace-key")).toHaveValue(/^\d{4}-\d{2}$/);
  await expect(modal.locator("#material-0-name_vi")).not.toHaveValue("");
  const lot = await modal.locator("#trace-key").inputValue();
  await page.screenshot({ path: "test-results/trace-admin-create-top.png" });
  await expect(modal.locator("#trace-gtin")).toHaveValue("");
  await modal.locator("#trace-batch-size").fill("4");
  await modal.getByRole("checkbox", { name: /Sample data|Dữ liệu mẫu/ }).click();
  await page.screenshot({ path: "test-results/trace-admin-create.png", fullPage: true });
  await modal.getByRole("button", { name: both("Create", "Tạo") }).click();

  await expect(page).toHaveURL(/\/app\/trace-records\/trace_/, { timeout: 15_000 });
  const details = page.getByTestId("trace-record-details");
  await expect(details).toContainText(lot);
  await addStep(
    page,
    /^(Raw material sourced|Thu hái nguyên liệu)$/,
    "2026-01-10",
    "Rừng cộng đồng làng Plei Đôn",
    "Chặt tre bánh tẻ (dữ liệu mẫu)",
  );
  await addStep(page, /^(Woven|Dệt)$/, "2026-01-20", null, "Đan nia, nẹp vành mây (dữ liệu mẫu)");
  const timeline = page.getByTestId("trace-timeline");
  await expect(timeline.locator("li")).toHaveCount(2);
  await expect(timeline.getByTestId("trace-recorded-by").first()).toContainText(/curator|cán bộ/);
  // The second step took the first one's place.
  await expect(timeline.locator("li").nth(1)).toContainText("Rừng cộng đồng làng Plei Đôn");

  const publication = page.getByTestId("trace-publication");
  await publication.getByRole("button", { name: both("Publish", "Công bố") }).click();
  const prompt = page.getByRole("alertdialog");
  await expect(prompt).toContainText(/seals the story|niêm phong/);
  await prompt.getByRole("button", { name: both("Publish", "Công bố") }).click();
  const verification = page.getByTestId("trace-verification");
  await expect(verification).toHaveAttribute("data-intact", "true", { timeout: 15_000 });
  await expect(verification).toContainText(/Intact|Nguyên vẹn/);
  await expect(details.locator('[data-status="published"]')).toBeVisible();
  await expect(page.getByTestId("trace-fingerprint")).toHaveText(/^[0-9a-f]{8}$/);
  await page.screenshot({ path: "test-results/trace-admin-record.png", fullPage: true });
  await timeline.screenshot({ path: "test-results/trace-admin-timeline.png" });

  // The QR code, downloaded as PNG, reads back as the record's Digital Link: a GTIN the server chose.
  const link = (await page.getByTestId("trace-digital-link").textContent()) ?? "";
  expect(link).toMatch(new RegExp(`/01/\\d{14}/10/${lot}$`));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: both("Download PNG", "Tải PNG") }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(await readQr(await readFile(await download.path()))).toBe(link);

  // Its tag sheet: one tag per piece of the batch.
  const [sheet] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByTestId("trace-print-tags").click(),
  ]);
  await sheet.waitForLoadState();
  await expect(sheet.locator("article.tag")).toHaveCount(4);
  await expect(sheet.locator("article.tag").first()).toContainText(lot);
  await expect(sheet.locator("article.tag").first()).toContainText("MẪU · SAMPLE");
  await sheet.screenshot({ path: "test-results/trace-admin-sheet.png", fullPage: true });
  await sheet.close();

  // From the list: select the record and print its tags together ("Print tags" in the command bar).
  await page.goto(`${stack.medusa}/app/trace-records`);
  const row = page.getByRole("row").filter({ hasText: lot }).filter({ hasText: PRODUCT });
  await expect(row).toContainText(/Published|Đã công bố/);
  await row.getByRole("checkbox").click();
  await page.screenshot({ path: "test-results/trace-admin-list.png", fullPage: true });
  const [listSheet] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: /Print tags|In tem/ }).click(),
  ]);
  await listSheet.waitForLoadState();
  await expect(listSheet.locator("article.tag")).toHaveCount(4);
  await listSheet.close();

  // The product's page lists the record, linked.
  await row.getByText(PRODUCT, { exact: true }).click();
  const productLink = page.getByTestId("trace-record-details").getByRole("link", { name: PRODUCT });
  await productLink.click();
  const widget = page.getByTestId("product-trace");
  await expect(widget.getByRole("link", { name: new RegExp(lot) })).toBeVisible({ timeout: 15_000 });
  await widget.screenshot({ path: "test-results/trace-admin-widget.png" });
});
