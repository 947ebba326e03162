import { expect, test, type Page } from "@playwright/test";
import { requireTestStack } from "../harness/test-stack.ts";
import { PLACING_AN_ORDER, productInStock } from "./checkout-steps.ts";

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The focused element shows a visible focus ring. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test("the checkout can be completed with the keyboard alone", async ({ page }) => {
  const stack = requireTestStack();
  const product = await productInStock(stack, 2, 4);
  // The product page's form, by keyboard too: focus the button and press Enter.
  await page.goto(`${stack.storefront}/products/${product.handle}`);
  await tabTo(page, (element) => element.textContent === "Thêm vào giỏ hàng", "add to cart");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cart\/?\?added=1$/);
  await tabTo(page, (element) => element.textContent === "Thanh toán" && element.tagName === "A", "checkout");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout\/?$/);

  await tabTo(page, (element) => element.id === "checkout-email", "email");
  await expectVisibleFocus(page);
  await page.keyboard.type("ban.phim@example.com");
  await page.keyboard.press("Tab");
  await page.keyboard.type("0905123456");
  // Into the radio group: arrows move the choice to the tourism centre pickup.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  for (let step = 0; step < 10; step++) {
    const label = await page.evaluate(() => document.activeElement?.closest("label")?.textContent ?? "");
    if (label.includes("Trung tâm Thông tin Du lịch")) break;
    await page.keyboard.press("ArrowDown");
  }
  await expect(page.getByLabel(/^Nhận tại Trung tâm Thông tin Du lịch/)).toBeChecked();
  await tabTo(page, (element) => element.id === "checkout-fullName", "full name");
  await page.keyboard.type("Khách Bàn Phím");
  await tabTo(page, (element) => element.id === "checkout-paymentProvider", "payment");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Thanh toán khi nhận hàng (tiền mặt)")).toBeChecked();
  await tabTo(page, (element) => element.textContent === "Đặt hàng", "place order");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/order\/order_/, PLACING_AN_ORDER);
  await expect(page.getByTestId("order-number")).toHaveText(/^\d+$/);
  await expect(page.getByTestId("order-receiving")).toContainText("Trung tâm Thông tin Du lịch");
});
