import { expect, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { artisanFetch, createArtisanAccount, expectJson, uniqueSuffix } from "../harness/artisans.ts";
import { createOneSizeProduct } from "../harness/catalog.ts";
import { authoriseMember, createMark } from "../harness/marks.ts";
import { adminClient } from "../harness/medusa-clients.ts";
import { adminToken } from "../harness/photo-uploads.ts";
import { requireTestStack } from "../harness/test-stack.ts";

mkdirSync("/tmp/shots", { recursive: true });
test.use({ viewport: { width: 360, height: 780 } });

test("screenshots: portal marks field and product badge", async ({ page }) => {
  test.setTimeout(120_000);
  const stack = requireTestStack();
  const admin = await adminClient(stack);
  const account = await createArtisanAccount(stack, { crafts: ["brocade-weaving"] });
  const suffix = uniqueSuffix();
  const allowed = await createMark(admin, {
    name: { vi: `Thổ cẩm Kon K'Tu ${suffix} (dữ liệu mẫu)`, en: `Kon K'Tu brocade ${suffix}` },
  });
  const refused = await createMark(admin, {
    kind: "geographical_indication",
    name: { vi: `Chỉ dẫn địa lý mẫu ${suffix}`, en: `Sample GI ${suffix}` },
    owner: "Hội nghề mẫu (dữ liệu mẫu)",
  });
  const lapsed = await createMark(admin, { kind: "certification", name: { vi: `Chứng nhận mẫu ${suffix}` } });
  await authoriseMember(admin, allowed.id, account.artisanId, "2020-01-01", "2030-12-31");
  await authoriseMember(admin, lapsed.id, account.artisanId, "2020-01-01", "2021-12-31");

  await page.goto(`${stack.storefront}/portal/login`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/portal\/products$/);
  await page.goto(`${stack.storefront}/portal/products/new`);
  await page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(`Khăn thổ cẩm ${suffix}`);
  await page.getByLabel("Nghề").selectOption("brocade-weaving");
  await page.getByLabel("Giá bán (đồng)").fill("450.000");
  await page.getByLabel("Số lượng còn").fill("2");
  await page.getByTestId("portal-marks").screenshot({ path: "/tmp/shots/portal-marks-field.png" });
  await page.getByRole("checkbox", { name: new RegExp(`Kon K'Tu ${suffix}`) }).check();
  await page.getByRole("checkbox", { name: new RegExp(`Chỉ dẫn địa lý mẫu ${suffix}`) }).check();
  await page.getByRole("checkbox", { name: new RegExp(`Chứng nhận mẫu ${suffix}`) }).check();
  await page.getByRole("button", { name: "Lưu và thêm ảnh" }).click();
  await expect(page.locator("#field-marks-error")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/portal-marks-refused.png", fullPage: true });
  await page.getByTestId("portal-marks").screenshot({ path: "/tmp/shots/portal-marks-refused-field.png" });
  await expect(page.getByRole("checkbox", { name: new RegExp(`Kon K'Tu ${suffix}`) })).toBeChecked();
  await expect(page.getByLabel("Tên sản phẩm (tiếng Việt)")).toHaveValue(`Khăn thổ cẩm ${suffix}`);

  const product = await createOneSizeProduct(admin, {
    title: `Khăn có nhãn ${suffix}`,
    handle: `khan-co-nhan-${suffix}`,
    prices: [{ currency_code: "vnd", amount: 380000 }],
  });
  await expectJson(
    await artisanFetch(stack, await adminToken(stack), `/admin/products/${product.id}/craft`, {
      method: "POST",
      body: { craft: "brocade-weaving", artisan_id: account.artisanId, marks: [allowed.handle] },
    }),
    200,
  );
  await page.goto(`${stack.storefront}/products/khan-co-nhan-${suffix}`);
  await expect(page.getByTestId("product-marks")).toContainText(`Kon K'Tu ${suffix}`);
  await page.getByTestId("product-marks").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/shots/product-marks-vi.png", fullPage: true });
  await page.goto(`${stack.storefront}/en/products/khan-co-nhan-${suffix}`);
  await expect(page.getByTestId("product-marks")).toContainText(`Kon K'Tu brocade ${suffix}`);
  await page.screenshot({ path: "/tmp/shots/product-marks-en.png", fullPage: true });
});
