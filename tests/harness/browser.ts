import { existsSync } from "node:fs";

/** Flags Chromium needs on our machines: root, no GPU, and a closed network. */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * Debian's Chromium where it is installed (Playwright cannot download its own here);
 * otherwise Playwright's own browser. CHROMIUM_PATH overrides.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const executablePath = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : { args: [] };
}
