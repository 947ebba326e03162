import { expect, test } from "@playwright/test";
import { requireTestStack } from "../harness/test-stack.ts";
import { addFromProductPage, orderOfPage, PLACING_AN_ORDER, productInStock } from "./checkout-steps.ts";

test.use({ viewport: { width: 390, height: 844 } });

test("a buyer in Vietnamese on a phone has it delivered, pays by VietQR and sees the QR and the reference", async ({
  page,
}) => {
  const stack = requireTestStack();
  const product = await productInStock(stack, 3, 1);
  await addFromProductPage(page, stack, "vi", product.handle, 1);
  await expect(page.getByTestId("cart-notice")).toHaveText("Đã thêm vào giỏ hàng.");
  await page.getByRole("link", { name: "Thanh toán" }).click();

  await page.getByLabel("Email").fill("nguoi.mua@example.com");
  await page.getByLabel("Số điện thoại").fill("0905 123 456");
  await page.getByLabel(/^Giao hàng tận nơi/).check();
  await page.getByLabel("Họ và tên").fill("Y Mẫu");
  await page.getByLabel("Số nhà, tên đường").fill("25 Trần Hưng Đạo");
  await page.getByLabel("Xã, phường").fill("Phường Kon Tum");
  await page.getByLabel("Tỉnh, thành phố").selectOption("Quảng Ngãi");
  await page.getByLabel("Chuyển khoản ngân hàng qua VietQR").check();
  const unitPrice = product.variants[0].calculated_price?.calculated_amount ?? 0;
  await expect(page.getByTestId("checkout-total")).toContainText(
    new Intl.NumberFormat("vi-VN").format(unitPrice + 35000),
  );
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/\/order\/order_/, PLACING_AN_ORDER);
  const number = await page.getByTestId("order-number").innerText();
  await expect(page.getByTestId("order-payment")).toHaveText("Chuyển khoản ngân hàng qua VietQR");
  const qr = page.getByTestId("vietqr-image");
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(page.getByTestId("transfer-reference")).toHaveText(`KTC DH${number}`);
  await expect(page.getByTestId("transfer-amount")).toContainText(
    new Intl.NumberFormat("vi-VN").format(unitPrice + 35000),
  );
  // The QR fits the phone's screen.
  const box = await qr.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);

  const order = await orderOfPage(stack, page.url());
  expect(order.total).toBe(unitPrice + 35000);
  await page.screenshot({ path: "test-results/checkout-vietqr-order.png", fullPage: true });
});
