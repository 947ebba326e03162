import { expect, type Page } from "@playwright/test";
import type { ArtisanAccount } from "./artisans.ts";

/** Signs the artisan in on the portal's sign-in page (Vietnamese, or English with prefix "/en"). */
export async function signInToPortal(
  page: Page,
  site: string,
  who: ArtisanAccount,
  prefix = "",
): Promise<void> {
  await page.goto(`${site}${prefix}/portal/login`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel(prefix ? "Password" : "Mật khẩu", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: prefix ? "Sign in" : "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/portal/products$`));
}
