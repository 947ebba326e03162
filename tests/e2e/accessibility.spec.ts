import { expect, test, type ElementHandle, type Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import { listCatalog } from "../harness/catalog.ts";
import { cartWith, optionsFor, placeOrder } from "../harness/checkout.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";
import { seriousViolations } from "../harness/axe.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// Every page type, in both languages, as a buyer on a phone gets it: axe-core finds no serious or
// critical WCAG 2.1 A/AA violation, and <html lang> is the page's language. A page type that is not
// built yet fails here (its URL answers 404) until it is.
const stack = requireTestStack();
const sdk = storeClient(stack);
const CART_COOKIE = "ktc_cart";
const LOCALES = ["vi", "en"] as const;
type Locale = (typeof LOCALES)[number];
const prefix = (locale: Locale) => (locale === "vi" ? "" : "/en");
const STORY =
  readdirSync(new URL("../../content/stories/vi/", import.meta.url))[0]?.replace(/\.mdx$/, "") ?? "";

/** What the pages are about: a product in stock, its maker, carts per currency and a placed order. */
interface Data {
  product: string;
  artisan: string;
  carts: Record<Locale, string>;
  order: string;
}
let data: Data;

test.beforeAll(async () => {
  const vnd = (await regionOf(sdk, "vnd")).id;
  const usd = (await regionOf(sdk, "usd")).id;
  const { products } = await listCatalog(sdk, { region_id: vnd, limit: 50 });
  const product = products.find((p) => p.artisan && (p.variants[0]?.inventory_quantity ?? 99) >= 5);
  const variant = product?.variants[0];
  if (!product?.artisan || !variant) throw new Error("no product in stock with a maker in the catalogue");
  const line = [{ variant_id: variant.id, quantity: 1 }];
  const ordered = await cartWith(sdk, vnd, line);
  const delivery = (await optionsFor(sdk, ordered.id))[0]?.name ?? "";
  const order = await placeOrder(sdk, ordered, { shipping: delivery, provider: "pp_system_default" });
  data = {
    product: product.handle,
    artisan: product.artisan.handle,
    carts: {
      vi: (await cartWith(sdk, vnd, line)).id,
      en: (await sdk.store.cart.create({ region_id: usd })).cart.id,
    },
    order: order.id,
  };
  await sdk.store.cart.createLineItem(data.carts.en, line[0]!);
});

/** Page types: path without the language prefix, the status it must answer, and a cart to carry. */
const pageTypes: Array<{ name: string; path: () => string; status?: number; withCart?: boolean }> = [
  { name: "home", path: () => "/" },
  { name: "villages list", path: () => "/villages/" },
  { name: "a village", path: () => "/villages/kon-k-tu/" },
  { name: "stories list", path: () => "/stories/" },
  { name: "a story", path: () => `/stories/${STORY}/` },
  { name: "catalogue", path: () => "/products/" },
  { name: "a product", path: () => `/products/${data.product}/` },
  { name: "an artisan", path: () => `/artisans/${data.artisan}/` },
  { name: "search results", path: () => "/search/?q=tho+cam" },
  { name: "search with no results", path: () => "/search/?q=zzqxv" },
  { name: "empty cart", path: () => "/cart/" },
  { name: "cart with an item", path: () => "/cart/", withCart: true },
  { name: "checkout", path: () => "/checkout/", withCart: true },
  { name: "order confirmation", path: () => `/order/${data.order}/` },
  { name: "404", path: () => "/khong-co-trang-nay/", status: 404 },
];

for (const locale of LOCALES) {
  for (const pageType of pageTypes) {
    test(`${pageType.name} (${locale}): lang="${locale}", no serious or critical axe violation`, async ({
      page,
      context,
    }) => {
      if (pageType.withCart) {
        await context.addCookies([{ name: CART_COOKIE, value: data.carts[locale], url: stack.storefront }]);
      }
      const response = await page.goto(`${stack.storefront}${prefix(locale)}${pageType.path()}`, {
        waitUntil: "networkidle",
      });
      expect(response?.status()).toBe(pageType.status ?? 200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

/** The focus indicator an element draws: outline or box-shadow, as computed. */
function indicator(element: ElementHandle<Element>) {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      shadow: style.boxShadow,
    };
  });
}

/** Tabs until the focused element matches `selector` (at most `limit` presses); fails otherwise. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<ElementHandle<Element>> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluateHandle(() => document.activeElement);
    const element = focused.asElement();
    if (element && (await element.evaluate((node, s) => node.matches(s), selector))) return element;
  }
  throw new Error(`no ${selector} reached with ${limit} presses of Tab`);
}

/** A ring at least 2 px wide (or a box-shadow) that the element does not draw without focus. */
async function expectVisibleFocus(element: ElementHandle<Element>): Promise<void> {
  await expect.poll(() => element.isVisible()).toBe(true);
  const focused = await indicator(element);
  const [style = "none", width = "0"] = focused.outline.split(" ");
  const ring = style !== "none" && parseFloat(width) >= 2;
  expect(ring || focused.shadow !== "none", `focus indicator: ${JSON.stringify(focused)}`).toBe(true);
  await element.evaluate((node) => (node instanceof HTMLElement ? node.blur() : undefined));
  expect(await indicator(element)).not.toEqual(focused);
}

test("keyboard focus is visible: the skip link comes first and on screen, then the header links", async ({
  page,
}) => {
  await page.goto(`${stack.storefront}/`);
  const skip = await tabTo(page, "a.skip-link", 1);
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
  await expectVisibleFocus(skip);
  await page.goto(`${stack.storefront}/en/`);
  await expectVisibleFocus(await tabTo(page, ".site-nav a", 6));
  await expectVisibleFocus(await tabTo(page, ".language-switcher a", 6));
});

test("keyboard focus is visible on the catalogue's filters and the product page's add-to-cart button", async ({
  page,
}) => {
  await page.goto(`${stack.storefront}/products/`);
  const control = "main :is(select, input:not([type=hidden]))";
  // On a phone the filters may sit in a closed <details>: a keyboard user opens it with Enter.
  const first = await tabTo(page, `${control}, main summary`);
  if (await first.evaluate((node) => node.matches("summary"))) {
    await expectVisibleFocus(first);
    await first.focus();
    await page.keyboard.press("Enter");
    await expectVisibleFocus(await tabTo(page, control, 5));
  } else {
    await expectVisibleFocus(first);
  }
  await page.goto(`${stack.storefront}/products/${data.product}/`);
  await expectVisibleFocus(await tabTo(page, "main form button"));
});
