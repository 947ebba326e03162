import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/harness/browser.ts";

// End-to-end tests run against the stack that tests/harness starts (or the one `npm test` shares).
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  globalSetup: "./tests/harness/playwright-global-setup.ts",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Buyers mostly come on phones; the admin dashboard is used on a desktop.
    {
      name: "phone",
      testIgnore: /(admin-.*|-admin)\.spec\.ts$/,
      use: { ...devices["Pixel 7"], launchOptions: chromiumLaunchOptions() },
    },
    {
      name: "desktop",
      testMatch: /(admin-.*|-admin)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() },
    },
  ],
});
