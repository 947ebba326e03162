import { expect, test } from "@playwright/test";
import { sharedTestStack } from "../harness/test-stack.ts";

test("the admin dashboard accepts the admin login that npm start prints", async ({ page }) => {
  const stack = sharedTestStack();
  if (!stack) throw new Error("no test stack: run through `npm test` or playwright's global setup");
  await page.goto(`${stack.medusa}/app`);
  await page.locator('input[name="email"]').fill(stack.admin.email);
  await page.locator('input[name="password"]').fill(stack.admin.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Products" }).first()).toBeVisible();
});
