import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { indexContent } from "../../scripts/search/content-indexer.ts";
import type { ManagedChild } from "../../scripts/stack/child-process.ts";
import { startMeilisearch, type RunningMeilisearch } from "../../scripts/stack/meilisearch.ts";
import { ROOT } from "../../scripts/stack/paths.ts";
import { findFreePort } from "../../scripts/stack/ports.ts";
import { createAdminClient } from "../../scripts/stack/search-admin-client.ts";
import { ensureSearchKey, SEARCH_KEY_UID } from "../../scripts/stack/search-key.ts";
import { startStorefront } from "../../scripts/stack/storefront.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";
import { chromiumLaunchOptions } from "../harness/browser.ts";
import { listCatalog } from "../harness/catalog.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";
import { TEST_BUILD_ENV } from "../harness/test-stack.ts";

// When Meilisearch is down: a second storefront from the same build, whose Meilisearch is a closed port,
// says on the search page that search is unavailable and links to the catalogue, serves every other
// page, and answers /search-api with 503. Then a Meilisearch starts on that port, and search works again
// without restarting the storefront.
const stack = inject("stack");
const dictionaries = { vi, en };
let searchKey: string;
let meiliPort: number;
let storefront: ManagedChild;
let storefrontUrl: string;
let meili: RunningMeilisearch | undefined;
let browser: Browser;
let page: Page;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "kontum-meili-down-"));

const searchApi = () =>
  fetch(`${storefrontUrl}/search-api/multi-search`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "identity" },
    body: JSON.stringify({ queries: [{ indexUid: "villages", q: "Kon Klor", filter: ["lang = vi"] }] }),
  });

beforeAll(async () => {
  const admin = createAdminClient({ host: stack.meilisearch, apiKey: stack.meilisearchKey });
  searchKey = (await admin.getKey(SEARCH_KEY_UID)).key;
  meiliPort = await findFreePort(); // handed out and released: nothing listens there yet
  const port = await findFreePort();
  storefrontUrl = `http://127.0.0.1:${port}`;
  storefront = await startStorefront(port, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      SITE_URL: TEST_BUILD_ENV.SITE_URL,
      MEDUSA_BACKEND_URL: stack.medusa,
      MEDUSA_PUBLISHABLE_KEY: stack.publishableKey,
      MEILISEARCH_HOST: `http://127.0.0.1:${meiliPort}`,
      MEILISEARCH_SEARCH_KEY: searchKey,
    },
    distDir: path.join(ROOT, TEST_BUILD_ENV.KONTUM_SITE_OUT_DIR),
    logDir: path.join(dataDir, "logs"),
    echo: false,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await storefront?.stop();
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("with Meilisearch down", () => {
  it("answers /search-api with 503 search_unavailable, never cached", async () => {
    const response = await searchApi();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ type: "search_unavailable" });
  });

  it("serves the other pages: home and a product page", async () => {
    const sdk = storeClient(stack);
    const { products } = await listCatalog(sdk, { region_id: (await regionOf(sdk, "vnd")).id, limit: 1 });
    const handle = products[0]?.handle;
    expect(handle).toBeDefined();
    for (const pathname of [
      "/",
      "/en/",
      `/products/${handle}/`,
      `/en/products/${handle}/`,
      "/villages/kon-klor/",
    ]) {
      const response = await fetch(`${storefrontUrl}${pathname}`, {
        headers: { "accept-encoding": "identity" },
      });
      expect(response.status, pathname).toBe(200);
    }
  });

  it.each([
    ["vi", "/search/?q=gui", "/products/"],
    ["en", "/en/search/?q=gui", "/en/products/"],
  ] as const)(
    "says on the search page (%s) that search is unavailable and links to the catalogue",
    async (lang, pathname, catalogue) => {
      await page.goto(`${storefrontUrl}${pathname}`);
      const app = page.locator('[data-search-state="unavailable"]');
      await app.waitFor({ timeout: 15_000 });
      await expect(app.getByText(dictionaries[lang]["search.unavailable.title"]).isVisible()).resolves.toBe(
        true,
      );
      const link = app.getByRole("link", { name: dictionaries[lang]["search.unavailable.catalogue"] });
      expect(
        new URL((await link.getAttribute("href")) ?? "", storefrontUrl).pathname.replace(/\/?$/, "/"),
      ).toBe(catalogue);
    },
  );
});

describe("when Meilisearch comes back", () => {
  it("searches again, without restarting the storefront", async () => {
    // The same master key gives the same search-only key (its value derives from uid and master key).
    meili = await startMeilisearch({
      dataDir,
      port: meiliPort,
      masterKey: stack.meilisearchKey,
      logFile: path.join(dataDir, "logs", "meilisearch.log"),
      echo: false,
    });
    const admin = { host: meili.host, apiKey: stack.meilisearchKey };
    expect(await ensureSearchKey(createAdminClient(admin))).toBe(searchKey);
    await indexContent({ ...admin, documents: { url: `${stack.storefront}/search-documents.json` } });

    const response = await searchApi();
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { hits: { handle: string }[] }[] };
    expect(results[0]?.hits[0]?.handle).toBe("kon-klor");

    // The page left open on "unavailable" retries by itself and shows results again.
    await page.locator('[data-search-state="ready"]').waitFor({ timeout: 30_000 });
  });
});
