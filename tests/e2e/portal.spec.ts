import { expect, test } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { vi as viText } from "../../site/i18n/vi.ts";
import {
  artisanFetch,
  createArtisanAccount,
  expectJson,
  inviteArtisan,
  uniqueSuffix,
  type ArtisanAccount,
} from "../harness/artisans.ts";
import { signInAdmin } from "../harness/admin-browser.ts";
import { seriousViolations } from "../harness/axe.ts";
import { signInToPortal } from "../harness/portal-browser.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// The artisan portal on a 360 px phone: an artisan signs in, lists a product with a photo, sees it
// waiting for approval; a curator approves it in the admin's moderation queue (a desktop browser); the
// product appears on the storefront and in search. Every portal page passes axe.
const stack = requireTestStack();
const site = stack.storefront;
test.use({ viewport: { width: 360, height: 780 } });

let account: ArtisanAccount;
test.beforeAll(async () => {
  account = await createArtisanAccount(stack);
});

/** A small JPEG of the product, written by sharp for this run into a temporary folder. */
async function photoFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "portal-photo-")), "gui-may.jpg");
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 155, g: 44, b: 31 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  writeFileSync(file, jpeg);
  return file;
}

test("a wrong password shows the Vietnamese error and keeps the email", async ({ page }) => {
  await page.goto(`${site}/portal/login`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("khong-phai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert")).toHaveText(viText["portal.error.invalid_credentials"]);
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
});

test("an artisan lists a product with a photo; once approved it is in the shop and in search", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `Gùi mây thử ${uniqueSuffix()}`;
  await signInToPortal(page, site, account);
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click();
  await page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(title);
  await page.getByLabel("Nghề").selectOption("basketry");
  await page.getByLabel("Giá bán (đồng)").fill("450.000");
  await page.getByLabel("Số lượng còn").fill("3");
  await page.getByLabel("Mô tả (tiếng Việt)").fill("Gùi đan bằng mây rừng, dữ liệu mẫu của bài kiểm thử.");
  await page.getByLabel("Nguyên liệu 1", { exact: true }).fill("Mây rừng");
  await page.getByLabel("Nguồn gốc của nguyên liệu 1").fill("Làng Kon K'Tu");
  await page.getByRole("button", { name: "Lưu và thêm ảnh" }).click();
  await expect(page.locator('[data-notice="created"]')).toHaveText(viText["portal.product.created"]);
  const productId = /\/portal\/products\/([^/?]+)/.exec(page.url())?.[1];
  expect(productId).toBeTruthy();

  const file = await photoFile();
  await expect(page.locator(".photo-uploader[data-ready]")).toBeVisible();
  await page.locator(".photo-uploader input[type=file]").setInputFiles(file);
  await expect(page.getByRole("img", { name: "Ảnh sắp tải lên" })).toBeVisible();
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(page.locator('[data-notice="photo-added"]')).toHaveText(viText["portal.photos.added"], {
    timeout: 30_000,
  });
  await expect(page.getByRole("img", { name: "Ảnh 1 của sản phẩm" })).toBeVisible();
  await expect(page.getByText("Ảnh bìa", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Sản phẩm", exact: true }).click();
  const row = page.locator(`[data-product-id="${productId}"]`);
  await expect(row.getByRole("link", { name: title })).toBeVisible();
  await expect(row.locator(".status-badge")).toHaveText("Chờ duyệt");
  await expect(row).toContainText("450.000");
  await expect(row.locator("img")).toBeVisible();
  await page.screenshot({ path: "test-results/portal/products-proposed.png", fullPage: true });

  // A curator approves it in the admin's queue, on a desktop of the tourism office.
  const office = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 1280, height: 900 } });
  const curator = await office.newPage();
  await signInAdmin(curator, stack);
  await curator.goto(`${stack.medusa}/app/moderation`);
  const listing = curator.locator(`[data-testid="moderation-row"][data-product-id="${productId}"]`);
  await expect(listing).toContainText(title, { timeout: 30_000 });
  await listing.getByRole("button", { name: /^(Approve|Duyệt)$/ }).click();
  await expect(listing).toHaveCount(0, { timeout: 15_000 });
  await office.close();
  await page.reload();
  await expect(row.locator(".status-badge")).toHaveText("Đã đăng");

  const { product } = await expectJson<{ product: { handle: string } }>(
    await artisanFetch(stack, account.token, `/artisan/products/${productId}`),
    200,
  );
  await expect(async () => {
    const response = await page.goto(`${site}/products/${product.handle}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await page.goto(`${site}/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByTestId("search-hit-title").first()).toHaveText(title, { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
});

test("every portal page passes axe at 360 px, in Vietnamese and English", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const other = await createArtisanAccount(stack);
  const { product } = await expectJson<{ product: { id: string } }>(
    await artisanFetch(stack, other.token, "/artisan/products", {
      method: "POST",
      body: { title: { vi: "Khăn thổ cẩm mẫu" }, craft: "brocade-weaving", price_vnd: 250000, stock: 1 },
    }),
    201,
  );
  const invited = await createArtisanAccount(stack);
  const invite = await inviteArtisan(stack, invited.artisanId, `moi-${uniqueSuffix()}@example.test`);
  const publicPages = [
    ["login", "/portal/login"],
    ["forgot-password", "/portal/forgot-password"],
    ["reset-password", `/portal/reset-password?token=abc&email=${encodeURIComponent(other.email)}`],
    ["invite", `/portal/invite?token=${invite.token}`],
  ];
  const privatePages = [
    ["products", "/portal/products"],
    ["product-new", "/portal/products/new"],
    ["product-edit", `/portal/products/${product.id}`],
    ["orders", "/portal/orders"],
    ["income", "/portal/income"],
  ];
  const failures: string[] = [];
  for (const prefix of ["", "/en"]) {
    const fresh = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const anonymous = await fresh.newPage();
    for (const [name, pathname] of publicPages) {
      await anonymous.goto(`${site}${prefix}${pathname}`);
      await expect(anonymous.locator("html")).toHaveAttribute("lang", prefix ? "en" : "vi");
      failures.push(...(await seriousViolations(anonymous)).map((v) => `${prefix}${name}: ${v}`));
      const width = await anonymous.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) failures.push(`${prefix}${name}: ${width} px wide, scrolls sideways at 360 px`);
      await anonymous.screenshot({
        path: `test-results/portal/${prefix ? "en-" : ""}${name}.png`,
        fullPage: true,
      });
    }
    await fresh.close();
    await signInToPortal(page, site, other, prefix);
    for (const [name, pathname] of privatePages) {
      await page.goto(`${site}${prefix}${pathname}`);
      await expect(page.locator("html")).toHaveAttribute("lang", prefix ? "en" : "vi");
      failures.push(...(await seriousViolations(page)).map((v) => `${prefix}${name}: ${v}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) failures.push(`${prefix}${name}: ${width} px wide, scrolls sideways at 360 px`);
      await page.screenshot({
        path: `test-results/portal/${prefix ? "en-" : ""}${name}.png`,
        fullPage: true,
      });
    }
  }
  expect(failures).toEqual([]);
});
