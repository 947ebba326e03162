import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { vi as viText } from "../../site/i18n/vi.ts";
import { createArtisanAccount, type ArtisanAccount } from "../harness/artisans.ts";
import { createArtisanProduct, productBody } from "../harness/artisan-products.ts";
import { seriousViolations } from "../harness/axe.ts";
import { signInToPortal } from "../harness/portal-browser.ts";
import { readQr } from "../harness/qr.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// An invited artisan records the origin of a batch of their baskets from a 360 px phone: a draft for
// their product, a production step, publication; then the QR code, the tag sheet and the public page
// that the code opens, which tells the step. Every page of it passes axe.
const stack = requireTestStack();
const site = stack.storefront;
test.use({ viewport: { width: 360, height: 780 }, locale: "vi-VN" });

const SHOTS = "test-results/portal-trace";
let account: ArtisanAccount;
let title: string;

test.beforeAll(async () => {
  account = await createArtisanAccount(stack, { village_handle: "kon-k-tu", ethnic_group: "ba-na" });
  const body = productBody();
  title = (body.title as { vi: string }).vi;
  await createArtisanProduct(stack, account, body);
});

test("an artisan records, steps and publishes the origin of a batch; the QR code opens its story", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInToPortal(page, site, account);
  await page.getByRole("link", { name: "Nguồn gốc sản phẩm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nguồn gốc sản phẩm");
  await expect(page.getByText(viText["portalTrace.list.empty"])).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/list-empty.png`, fullPage: true });

  await page.getByRole("link", { name: "Ghi nguồn gốc mới" }).click();
  // The only product is chosen, its materials are filled in, a number is suggested.
  await expect(page.getByLabel("Sản phẩm")).toHaveValue(/.+/);
  await expect(page.getByLabel("Nguyên liệu 1", { exact: true })).toHaveValue("Mây");
  const code = page.getByLabel("Số lô hoặc mã chiếc");
  await expect(code).toHaveValue(/^KT\d{6}-[A-Z2-9]{3}$/);
  const suggested = await code.inputValue();
  await expect(page.getByLabel("Một lô: nhiều chiếc làm cùng đợt")).toBeChecked();
  await page.getByLabel("Số chiếc trong lô").fill("5");
  await page.screenshot({ path: `${SHOTS}/new.png`, fullPage: true });

  // A number with Vietnamese letters and a space cannot go on a GS1 tag: the error is beside the field.
  await code.fill("Lô 1");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.locator("#field-code-error")).toHaveText(viText["portal.error.trace_code_invalid"]);
  await expect(code).toHaveValue("Lô 1");
  await expect(page.getByLabel("Số chiếc trong lô")).toHaveValue("5");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/new-error.png`, fullPage: true });

  await code.fill(suggested);
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.locator('[data-notice="created"]')).toHaveText(viText["portalTrace.notice.created"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nguồn gốc: ${title}`);
  await expect(page.locator("[data-trace-status]")).toHaveText("Nháp");
  await expect(page.getByText(`Lô ${suggested} · 5 chiếc`)).toBeVisible();
  await expect(page.getByText(viText["portalTrace.publish.needSteps"])).toBeVisible();

  await page.getByRole("combobox", { name: /^Bước làm/ }).selectOption({ label: "Dệt, đan" });
  await expect(page.getByLabel("Nơi làm")).toHaveValue("Làng Kon K'Tu");
  const description = "Đan thân gùi bằng mây rừng, hoa văn mắt cáo (dữ liệu thử nghiệm)";
  await page.getByLabel("Mô tả (tiếng Việt)").fill(description);
  await page.getByRole("button", { name: "Thêm bước" }).click();
  await expect(page.locator('[data-notice="step-added"]')).toHaveText(viText["portalTrace.notice.stepAdded"]);
  const step = page.getByTestId("portal-trace-step");
  await expect(step).toHaveCount(1);
  await expect(step).toContainText("Dệt, đan");
  await expect(step).toContainText(description);
  await expect(step).toContainText("Bạn ghi");
  await expect(page.getByText(viText["portalTrace.publish.explain"])).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/record-draft.png`, fullPage: true });

  await page.getByRole("button", { name: "Công bố câu chuyện" }).click();
  await expect(page.locator('[data-notice="published"]')).toHaveText(viText["portalTrace.notice.published"]);
  await expect(page.locator("[data-trace-status]")).toHaveText("Đã công bố");
  const qr = page.getByRole("img", { name: `Mã QR của ${suggested}` });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/record-published.png`, fullPage: true });

  // The code in the image is the link of the public page; the tag sheet prints it.
  const publicLink = page.getByTestId("trace-public-link");
  const digitalLink = (await publicLink.getAttribute("href")) ?? "";
  expect(digitalLink).toMatch(new RegExp(`/01/\\d{14}/10/${suggested}$`));
  const absolute = (href: string | null) => new URL(href ?? "", page.url()).href;
  const svg = await page.request.get(absolute(await qr.getAttribute("src")));
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(
    await readQr(
      await sharp(await svg.body())
        .resize(300, 300)
        .png()
        .toBuffer(),
    ),
  ).toBe(digitalLink);
  const printLink = page.getByRole("link", { name: "In tem", exact: true });
  const sheet = await page.request.get(absolute(await printLink.getAttribute("href")), {
    headers: { accept: "text/html" },
  });
  expect(sheet.status()).toBe(200);
  expect(sheet.headers()["content-security-policy"]).toMatch(/default-src 'none'/);
  expect((await sheet.text()).match(/data-digital-link=/g)).toHaveLength(5);

  await page.getByRole("link", { name: "Nguồn gốc sản phẩm", exact: true }).click();
  const row = page.locator("[data-trace-id]");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(title);
  await expect(row).toContainText("Đã công bố");
  await expect(row).toContainText("1 bước");
  await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });

  // A buyer's phone opens the tag's link and reads the step the artisan recorded.
  await page.goto(digitalLink);
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByText(viText["trace.recordedBy.artisan"])).toBeVisible();
});
