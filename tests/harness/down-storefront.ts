import path from "node:path";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { ROOT } from "../../scripts/stack/paths.ts";
import { findFreePort } from "../../scripts/stack/ports.ts";
import { startStorefront } from "../../scripts/stack/storefront.ts";
import { TEST_BUILD_ENV, type TestStackInfo } from "./test-stack.ts";

/** A second storefront of the test build whose Medusa is down; stop `child` when done. */
export interface DownStorefront {
  child: ManagedChild;
  url: string;
}

/**
 * Starts a second storefront from the same build as the stack's, whose Medusa is a closed port, on a
 * free port; its log goes to logs/<logName>/ in the stack's data folder.
 */
export async function startDownStorefront(stack: TestStackInfo, logName: string): Promise<DownStorefront> {
  const port = await findFreePort();
  const closed = await findFreePort(); // handed out and released: nothing listens there
  const child = await startStorefront(port, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      SITE_URL: TEST_BUILD_ENV.SITE_URL,
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${closed}`,
      MEDUSA_PUBLISHABLE_KEY: stack.publishableKey,
    },
    distDir: path.join(ROOT, TEST_BUILD_ENV.KONTUM_SITE_OUT_DIR),
    logDir: path.join(stack.dataDir, "logs", logName),
    echo: false,
  });
  return { child, url: `http://127.0.0.1:${port}` };
}
