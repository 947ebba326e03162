import { expect, test } from "@playwright/test";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import { createArtisanProduct } from "../harness/artisan-products.ts";
import { signInAdmin } from "../harness/admin-browser.ts";
import { requireTestStack } from "../harness/test-stack.ts";

// A curator works through the listings artisans proposed, in the Medusa admin: approves one (it reaches
// the storefront) and rejects one with a reason (the artisan reads it), then sees the decision on the
// product page.
let artisan: ArtisanAccount;

async function artisanView(id: string): Promise<ArtisanProduct> {
  const response = await artisanFetch(requireTestStack(), artisan.token, `/artisan/products/${id}`);
  return (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
}

test.beforeAll(async () => {
  artisan = await createArtisanAccount(requireTestStack());
});

test("a curator approves one listing and rejects another with a reason", async ({ page }) => {
  test.setTimeout(120_000);
  const stack = requireTestStack();
  const toApprove = await createArtisanProduct(stack, artisan);
  const toReject = await createArtisanProduct(stack, artisan);
  await signInAdmin(page, requireTestStack());

  await page.goto(`${stack.medusa}/app/moderation`);
  const row = (id: string) => page.locator(`[data-testid="moderation-row"][data-product-id="${id}"]`);
  await expect(row(toApprove.id)).toContainText(toApprove.title.vi, { timeout: 30_000 });
  await expect(row(toApprove.id)).toContainText(/350[.,\s]000/);
  await page.screenshot({ path: "test-results/moderation-queue.png", fullPage: true });

  await row(toApprove.id)
    .getByRole("button", { name: /^(Approve|Duyệt)$/ })
    .click();
  await expect(row(toApprove.id)).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(async () => (await artisanView(toApprove.id)).status).toBe("published");
  const storefront = await fetch(`${stack.storefront}/products/${toApprove.handle}`);
  expect(storefront.status).toBe(200);

  const reason = "Ảnh bị mờ, xin chụp lại dưới ánh sáng tự nhiên.";
  await row(toReject.id)
    .getByRole("button", { name: /^(Reject|Từ chối)$/ })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox").fill(reason);
  await dialog.getByRole("button", { name: /^(Reject|Từ chối)$/ }).click();
  await expect(row(toReject.id)).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(async () => (await artisanView(toReject.id)).rejection_reason).toBe(reason);

  await page.goto(`${stack.medusa}/app/products/${toReject.id}`);
  const widget = page.getByTestId("product-moderation");
  await expect(widget).toContainText(reason, { timeout: 30_000 });
  await widget.screenshot({ path: "test-results/moderation-widget.png" });
  await widget.getByRole("button", { name: /^(Approve|Duyệt)$/ }).click();
  await expect.poll(async () => (await artisanView(toReject.id)).status).toBe("published");
  await expect(widget).not.toContainText(reason);
});
