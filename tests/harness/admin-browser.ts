import { expect, type Page } from "@playwright/test";
import type { TestStackInfo } from "./test-stack.ts";

/** Signs in to the Medusa admin dashboard as the seeded admin, and waits for its first page. */
export async function signInAdmin(page: Page, stack: TestStackInfo): Promise<void> {
  await page.goto(`${stack.medusa}/app`);
  await page.locator('input[name="email"]').fill(stack.admin.email);
  await page.locator('input[name="password"]').fill(stack.admin.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 });
}
