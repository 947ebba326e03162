import { expect, test } from "@playwright/test";
import { requireTestStack } from "../harness/test-stack.ts";

test("the admin dashboard accepts the admin login that npm start prints", async ({ page }) => {
  const stack = requireTestStack();
  await page.goto(`${stack.medusa}/app`);
  await page.locator('input[name="email"]').fill(stack.admin.email);
  await page.locator('input[name="password"]').fill(stack.admin.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Products" }).first()).toBeVisible();
});
