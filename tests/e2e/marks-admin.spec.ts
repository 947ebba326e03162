import { expect, test, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { artisanFetch, createArtisanAccount, expectJson, uniqueSuffix } from "../harness/artisans.ts";
import { createOneSizeProduct } from "../harness/catalog.ts";
import { adminClient } from "../harness/medusa-clients.ts";
import { adminToken } from "../harness/photo-uploads.ts";
import { signInAdmin } from "../harness/admin-browser.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// A curator keeps the registry of marks in the Medusa admin: adds a collective mark, authorises a
// member artisan, sets the badge on that artisan's product, and is told why the same mark is refused
// on another artisan's product (nothing is saved there).
mkdirSync("/tmp/shots", { recursive: true });
/** Published products the test creates, deleted afterwards so that the catalogue is the sample one again. */
const published: string[] = [];

test.afterAll(async () => {
  const admin = await adminClient(requireTestStack());
  for (const id of published) await admin.admin.product.delete(id);
});

/** A published product whose maker is `artisanId`, with no marks yet. */
async function productOf(artisanId: string, title: string) {
  const stack = requireTestStack();
  const product = await createOneSizeProduct(await adminClient(stack), {
    title,
    prices: [{ currency_code: "vnd", amount: 380000 }],
  });
  published.push(product.id);
  const response = await artisanFetch(stack, await adminToken(stack), `/admin/products/${product.id}/craft`, {
    method: "POST",
    body: { craft: "brocade-weaving", artisan_id: artisanId, marks: [] },
  });
  await expectJson(response, 200);
  return product;
}

async function savedMarks(productId: string): Promise<string[]> {
  const stack = requireTestStack();
  const response = await artisanFetch(stack, await adminToken(stack), `/admin/products/${productId}/craft`);
  return (await expectJson<{ craft_profile: { marks: string[] } }>(response, 200)).craft_profile.marks;
}

/** Opens the product's craft drawer and ticks the mark. */
async function tickMark(page: Page, productId: string, handle: string) {
  const stack = requireTestStack();
  await page.goto(`${stack.medusa}/app/products/${productId}`);
  const widget = page.getByTestId("product-craft");
  await widget.getByRole("button", { name: /^(Edit|Chỉnh sửa)$/ }).click({ timeout: 30_000 });
  const drawer = page.getByRole("dialog");
  const mark = drawer.locator(`[data-testid="craft-mark"][data-handle="${handle}"]`);
  await mark.getByRole("checkbox").check();
  return { drawer, mark };
}

test("a curator registers a mark, authorises a member, and sees why another artisan's product is refused", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stack = requireTestStack();
  const suffix = uniqueSuffix();
  const member = await createArtisanAccount(stack, { display_name: `Y Hơ Mẫu ${suffix}` });
  const outsider = await createArtisanAccount(stack, { display_name: `A Blương Mẫu ${suffix}` });
  const memberProduct = await productOf(member.artisanId, `Khăn của thành viên ${suffix}`);
  const outsiderProduct = await productOf(outsider.artisanId, `Khăn không thuộc hợp tác xã ${suffix}`);
  const handle = `tho-cam-e2e-${suffix}`;
  const nameVi = `Thổ cẩm Kon K'Tu ${suffix} (dữ liệu mẫu)`;
  const nameEn = `Kon K'Tu brocade ${suffix} (sample data)`;
  await signInAdmin(page, requireTestStack());

  // The registry is in the sidebar; a mark without name, kind or owner gets an error under each field.
  await page.getByRole("link", { name: /^(Marks and indications|Nhãn hiệu và chỉ dẫn)$/ }).click();
  await expect(page).toHaveURL(/\/app\/marks$/);
  await page.getByRole("button", { name: /^(Add mark|Thêm nhãn hiệu)$/ }).click();
  const modal = page.getByRole("dialog");
  await modal.getByRole("button", { name: /^(Create|Tạo)$/ }).click();
  await expect(
    modal.getByText(/^(Choose a value from the list|Chọn một giá trị trong danh sách)$/),
  ).toBeVisible();
  await expect(modal.getByText(/^(Required|Bắt buộc)$/)).toHaveCount(3);

  await modal.locator("#mark-kind").click();
  await page.getByRole("option", { name: /^(Collective mark|Nhãn hiệu tập thể)$/ }).click();
  await modal.locator("#mark-name-vi").fill(nameVi);
  await modal.locator("#mark-name-en").fill(nameEn);
  await modal.locator("#mark-handle").fill(handle);
  await modal.locator("#mark-owner").fill("Hợp tác xã dệt thổ cẩm mẫu (dữ liệu mẫu)");
  await modal.getByRole("button", { name: /^(Create|Tạo)$/ }).click();
  await expect(page).toHaveURL(/\/app\/marks\/mark_/, { timeout: 15_000 });
  await expect(page.getByTestId("mark-details-members")).toHaveText(/^0/);

  // Authorise the member from today, open-ended.
  await page
    .getByRole("button", { name: /^(Authorise a member|Cấp quyền sử dụng)$/ })
    .first()
    .click();
  const drawer = page.getByRole("dialog");
  await drawer.locator("#authorise-artisan").fill(member.handle);
  await drawer.getByRole("button", { name: new RegExp(`Y Hơ Mẫu ${suffix}`) }).click();
  await drawer.getByRole("button", { name: /^(Authorise a member|Cấp quyền sử dụng)$/ }).click();
  const row = page.locator(`[data-testid="mark-member"][data-artisan-id="${member.artisanId}"]`);
  await expect(row).toHaveAttribute("data-status", "current", { timeout: 15_000 });
  await expect(page.getByTestId("mark-details-members")).toHaveText(/^1/);
  await page.screenshot({ path: "/tmp/shots/marks-admin-mark.png", fullPage: true });

  await page.goto(`${stack.medusa}/app/marks`);
  const listed = page.locator(`[data-testid="mark-row"][data-handle="${handle}"]`);
  await expect(listed).toContainText(new RegExp(`${nameEn}|${nameVi}`.replace(/[()]/g, "\\$&")));
  await expect(listed.getByTestId("mark-current-members")).toHaveText("1");
  await page.screenshot({ path: "/tmp/shots/marks-admin-registry.png", fullPage: true });

  // The member's product takes the badge.
  const allowed = await tickMark(page, memberProduct.id, handle);
  await expect(allowed.mark).toContainText(/Authorised|Được phép sử dụng/);
  await allowed.drawer.getByRole("button", { name: /^(Save|Lưu)$/ }).click();
  await expect(allowed.drawer).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId("product-mark")).toHaveAttribute("data-allowed", "true");
  await expect(page.getByTestId("product-craft")).toContainText(new RegExp(`${suffix}`));
  expect(await savedMarks(memberProduct.id)).toEqual([handle]);

  // Another artisan's product is refused, with the reason beside the mark; nothing is saved.
  const refused = await tickMark(page, outsiderProduct.id, handle);
  await refused.drawer.getByRole("button", { name: /^(Save|Lưu)$/ }).click();
  const reason = refused.mark.getByTestId("craft-mark-refusal");
  await expect(reason).toContainText(`A Blương Mẫu ${suffix}`);
  await expect(reason).toContainText(
    /is not a member authorised to use|không phải thành viên được phép dùng/,
  );
  await expect(refused.drawer.getByTestId("craft-errors")).toContainText(/Not saved|Chưa lưu được/);
  await page.screenshot({ path: "/tmp/shots/marks-admin-refused.png", fullPage: true });
  expect(await savedMarks(outsiderProduct.id)).toEqual([]);
});
