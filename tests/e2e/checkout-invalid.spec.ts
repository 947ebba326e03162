import { expect, test } from "@playwright/test";
import { cartWith, placeOrder, VIETNAM_ADDRESS } from "../harness/checkout.ts";
import { regionOf, rejection, storeClient } from "../harness/medusa-clients.ts";
import { requireTestStack } from "../harness/test-stack.ts";
import { addFromProductPage, countOrders, productInStock } from "./checkout-steps.ts";

test("a bad email, an empty street and an unknown province show errors by the fields; no order is made", async ({
  page,
}) => {
  const stack = requireTestStack();
  const product = await productInStock(stack, 2, 2);
  await addFromProductPage(page, stack, "vi", product.handle, 1);
  const before = await countOrders(stack);
  await page.goto(`${stack.storefront}/checkout`);

  await page.getByLabel("Email").fill("khach@mau");
  await page.getByLabel("Số điện thoại").fill("0905123456");
  await page.getByLabel(/^Giao hàng tận nơi/).check();
  await page.getByLabel("Họ và tên").fill("Khách Mẫu");
  await page.getByLabel("Xã, phường").fill("Phường Kon Tum");
  // "Kon Tum" was a province until 2025; a stale autofill could still put it in the field.
  const province = page.getByLabel("Tỉnh, thành phố");
  await province.evaluate((select: HTMLSelectElement) => select.add(new Option("Kon Tum", "Kon Tum")));
  await province.selectOption("Kon Tum");
  await page.getByLabel("Thanh toán khi nhận hàng (tiền mặt)").check();
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  const expected = {
    email: "Nhập một địa chỉ email hợp lệ, ví dụ ten@example.com.",
    street: "Nhập số nhà và tên đường.",
    province: "Chọn tỉnh, thành phố trong danh sách.",
  };
  for (const [field, message] of Object.entries(expected)) {
    const control = page.locator(`#checkout-${field}`);
    await expect(control).toHaveAttribute("aria-invalid", "true");
    const error = page.locator(`#checkout-${field}-error`);
    await expect(error).toHaveText(message);
    await expect(control).toHaveAttribute("aria-describedby", new RegExp(`checkout-${field}-error`));
  }
  const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa 3 lỗi" });
  await expect(summary).toBeVisible();
  await expect(page.locator("#checkout-email")).toBeFocused();

  // Fixing one field clears its message; the others stay until fixed.
  await page.getByLabel("Email").fill("khach@example.com");
  await expect(page.locator("#checkout-email-error")).toHaveCount(0);
  await expect(page.locator("#checkout-street-error")).toBeVisible();
  expect(await countOrders(stack)).toBe(before);
});

test("Medusa itself refuses to place an order delivered to an unknown province", async () => {
  const stack = requireTestStack();
  const sdk = storeClient(stack);
  const vnd = await regionOf(sdk, "vnd");
  const product = await productInStock(stack, 2, 3);
  const before = await countOrders(stack);
  const cart = await cartWith(sdk, vnd.id, [{ variant_id: product.variants[0].id, quantity: 1 }], {
    ...VIETNAM_ADDRESS,
    province: "Kon Tum",
  });
  const refused = await rejection(
    placeOrder(sdk, cart, { shipping: "Giao hàng tận nơi", provider: "pp_system_default" }),
  );
  expect(refused.status).toBe(400);
  expect(refused.message).toMatch(/province/);

  // A client that never sends an email and leaves the street blank.
  const { cart: bare } = await sdk.store.cart.create({ region_id: vnd.id });
  await sdk.store.cart.createLineItem(bare.id, { variant_id: product.variants[0].id, quantity: 1 });
  const address = { ...VIETNAM_ADDRESS, address_1: " " };
  const { cart: noStreet } = await sdk.store.cart.update(bare.id, { shipping_address: address });
  const second = await rejection(
    placeOrder(sdk, noStreet, { shipping: "Giao hàng tận nơi", provider: "pp_system_default" }),
  );
  expect(second.message).toMatch(/email/);
  expect(second.message).toMatch(/street/);
  expect(await countOrders(stack)).toBe(before);
});
