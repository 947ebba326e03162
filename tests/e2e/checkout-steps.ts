import { expect, type Page } from "@playwright/test";
import type { CatalogProduct } from "../../commerce/src/api/store/types.ts";
import { listCatalog } from "../harness/catalog.ts";
import { adminClient, regionOf, storeClient } from "../harness/medusa-clients.ts";
import type { TestStackInfo } from "../harness/test-stack.ts";

/** Steps the checkout specs share; each acts as a buyer would, through the storefront's pages. */

/**
 * How long the order page may take to open after "place order": the storefront updates the cart, sets the
 * shipping method, opens the payment session and completes the cart in Medusa, one call after another, then
 * renders the order. On two busy cores that passes Playwright's default 5 s.
 */
export const PLACING_AN_ORDER = { timeout: 20_000 };

/** A published product whose first variant has at least `atLeast` in stock, priced in đồng. */
export async function productInStock(
  stack: TestStackInfo,
  atLeast: number,
  skip = 0,
): Promise<CatalogProduct> {
  const sdk = storeClient(stack);
  const vnd = await regionOf(sdk, "vnd");
  const { products } = await listCatalog(sdk, { region_id: vnd.id, limit: 100 });
  const found = products.filter((product) => (product.variants[0]?.inventory_quantity ?? 0) >= atLeast)[skip];
  if (!found) throw new Error(`no product with ${atLeast} in stock`);
  return found;
}

/** Puts `quantity` of the product in the cart from its page's add-to-cart form. */
export async function addFromProductPage(
  page: Page,
  stack: TestStackInfo,
  locale: "vi" | "en",
  handle: string,
  quantity: number,
): Promise<void> {
  await page.goto(`${stack.storefront}${locale === "en" ? "/en" : ""}/products/${handle}`);
  const form = page.getByTestId("add-to-cart");
  await form.getByLabel(locale === "en" ? "Quantity" : "Số lượng").fill(String(quantity));
  await form.getByRole("button", { name: locale === "en" ? "Add to cart" : "Thêm vào giỏ hàng" }).click();
  await expect(page).toHaveURL(new RegExp(`${locale === "en" ? "/en" : ""}/cart/?\\?added=1$`));
}

/** The number of orders Medusa holds (admin API). */
export async function countOrders(stack: TestStackInfo): Promise<number> {
  const admin = await adminClient(stack);
  const { count } = await admin.admin.order.list({ fields: "id", limit: 1 });
  return count;
}

/** The order that the confirmation page at `url` shows, from the admin API. */
export async function orderOfPage(stack: TestStackInfo, url: string) {
  const id = /\/order\/(order_[0-9A-Za-z]+)/.exec(url)?.[1];
  if (!id) throw new Error(`not an order page: ${url}`);
  const admin = await adminClient(stack);
  const { order } = await admin.admin.order.retrieve(id, {
    fields: "id,display_id,total,currency_code,*items",
  });
  return order;
}
