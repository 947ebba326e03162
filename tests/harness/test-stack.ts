import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveStackConfig } from "../../scripts/stack/config.ts";
import { generateSecrets } from "../../scripts/stack/local-env.ts";
import { freePortsEnv } from "../../scripts/stack/ports.ts";
import { createReporter } from "../../scripts/stack/reporter.ts";
import { startStack, StopList } from "../../scripts/stack/stack.ts";

/** What tests need to reach the stack the harness started. */
export interface TestStackInfo {
  storefront: string;
  medusa: string;
  meilisearch: string;
  meilisearchKey: string;
  databaseUrl: string;
  publishableKey: string;
  admin: { email: string; password: string };
  dataDir: string;
  /** The environment the Medusa processes run with (tests start more of them, e.g. Redis mode). */
  medusaEnv: Record<string, string>;
}

export const TEST_STACK_ENV = "KONTUM_TEST_STACK";
/**
 * Tests build the storefront into their own folder (rebuilding `dist/` would break an `npm start`
 * running beside them), with one fixed site URL so that every test stack shares one build.
 */
export const TEST_BUILD_ENV = { KONTUM_SITE_OUT_DIR: "dist-test", SITE_URL: "http://localhost:4321" };

/** Starts the real stack in a temporary folder on free ports; `dispose` stops it and deletes the folder. */
export async function startTestStack(): Promise<{ info: TestStackInfo; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kontum-test-"));
  const env: NodeJS.ProcessEnv = {
    ...(await freePortsEnv()),
    PUBLIC_HOST: "localhost",
    KONTUM_VERBOSE: process.env.KONTUM_VERBOSE ?? "false",
    ...TEST_BUILD_ENV,
  };
  const config = resolveStackConfig(env, generateSecrets(), dataDir);
  const stoppers = new StopList();
  const dispose = async () => {
    await stoppers.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const stack = await startStack(config, createReporter(), stoppers);
    const medusaEnv = Object.fromEntries(
      Object.entries(stack.medusaEnv).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    const info: TestStackInfo = {
      storefront: stack.internal.storefront,
      medusa: stack.internal.medusa,
      meilisearch: stack.internal.meilisearch,
      meilisearchKey: stack.meilisearchKey,
      databaseUrl: stack.internal.databaseUrl,
      publishableKey: stack.publishableKey,
      admin: stack.admin,
      dataDir,
      medusaEnv,
    };
    return { info, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The stack `npm test` already started, if any (passed down as JSON in KONTUM_TEST_STACK). */
export function sharedTestStack(): TestStackInfo | undefined {
  const raw = process.env[TEST_STACK_ENV];
  return raw ? (JSON.parse(raw) as TestStackInfo) : undefined;
}

/** The shared stack, for Playwright tests (its global setup starts one when `npm test` did not). */
export function requireTestStack(): TestStackInfo {
  const info = sharedTestStack();
  if (!info) throw new Error("no test stack: run through `npm test` or Playwright's global setup");
  return info;
}
