import { expect, test } from "@playwright/test";
import { signInAdmin } from "../harness/admin-browser.ts";
import { requireTestStack } from "../harness/test-stack.ts";

test("the admin dashboard accepts the admin login that npm start prints", async ({ page }) => {
  const stack = requireTestStack();
  await signInAdmin(page, stack);
  await expect(page.getByRole("link", { name: "Products" }).first()).toBeVisible();
});
