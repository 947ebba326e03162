import { expect, test } from "@playwright/test";
import { listCatalog } from "../harness/catalog.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";
import { requireTestStack } from "../harness/test-stack.ts";
import { addFromProductPage, orderOfPage, PLACING_AN_ORDER } from "./checkout-steps.ts";

test("a tourist in English picks up in the maker's village and pays cash: the order is in Medusa", async ({
  page,
}) => {
  const stack = requireTestStack();
  const sdk = storeClient(stack);
  const vnd = await regionOf(sdk, "vnd");

  // A village page listing a product of its artisans with at least 2 in stock (and 2 to spare).
  const { products } = await listCatalog(sdk, { region_id: vnd.id, limit: 100 });
  const villages = [...new Set(products.flatMap((candidate) => candidate.artisan?.village_handle ?? []))];
  let found: { product: (typeof products)[number]; villageName: string } | undefined;
  for (const village of villages) {
    await page.goto(`${stack.storefront}/en/villages/${village}`);
    const listed = await page
      .locator('main a[href*="/products/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const product = products.find(
      (candidate) =>
        candidate.artisan?.village_handle === village &&
        (candidate.variants[0]?.inventory_quantity ?? 0) >= 4 &&
        listed.some((href) => href.replace(/\/$/, "").endsWith(`/products/${candidate.handle}`)),
    );
    if (!product) continue;
    found = { product, villageName: (await page.getByRole("heading", { level: 1 }).innerText()).trim() };
    break;
  }
  if (!found) throw new Error("no village page lists a product with stock");
  const { product, villageName } = found;
  const link = page
    .locator(`main a[href$="/products/${product.handle}"], main a[href$="/products/${product.handle}/"]`)
    .first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/products/${product.handle}/?$`));

  await addFromProductPage(page, stack, "en", product.handle, 2);
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
  await expect(page.getByTestId("cart-line").getByRole("spinbutton")).toHaveValue("2");
  await page.getByRole("link", { name: "Check out" }).click();

  // English pages price in dollars; a pickup in Kon Tum is paid in đồng: the checkout offers the switch.
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await page.getByRole("link", { name: "Switch to VND" }).click();
  await expect(page).toHaveURL(/\/en\/checkout\/?$/);

  await page.getByLabel("Email").fill("tourist@example.com");
  await page.getByLabel("Phone number").fill("+33 6 12 34 56 78");
  await page.getByLabel(new RegExp(`^Pickup in ${villageName}`)).check();
  await expect(page.getByLabel("House number and street")).toHaveCount(0);
  await page.getByLabel("Full name").fill("Sample Tourist");
  await page.getByLabel("Cash on delivery").check();
  const unitPrice = product.variants[0].calculated_price?.calculated_amount ?? 0;
  await expect(page.getByTestId("checkout-total")).toContainText((2 * unitPrice).toLocaleString("en-US"));
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/en\/order\/order_/, PLACING_AN_ORDER);
  const number = await page.getByTestId("order-number").innerText();
  expect(Number(number)).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${number}`);
  await expect(page.getByTestId("order-receiving")).toContainText(villageName);
  await expect(page.getByTestId("order-payment")).toHaveText("Cash on delivery");

  const order = await orderOfPage(stack, page.url());
  expect(order.display_id).toBe(Number(number));
  expect(order.currency_code).toBe("vnd");
  expect(order.total).toBe(2 * unitPrice);
  expect(order.items?.[0]?.quantity).toBe(2);

  // The cart is emptied once the order is placed.
  await page.goto(`${stack.storefront}/en/cart`);
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
});
