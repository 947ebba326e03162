import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../../scripts/stack/paths.ts";
import { createAdminClient } from "../../scripts/stack/search-admin-client.ts";
import { SEARCH_KEY_UID } from "../../scripts/stack/search-key.ts";
import { TEST_BUILD_ENV } from "../harness/test-stack.ts";

// The browser may hold no Meilisearch key that can write or administer: every file the storefront
// serves from its build, and the pages it renders, are searched for the value of every such key.
const stack = inject("stack");
const CLIENT_DIR = path.join(ROOT, TEST_BUILD_ENV.KONTUM_SITE_OUT_DIR, "client");
/** Files a browser may download from the build (pictures are binary and skipped). */
const TEXT_ASSET = /\.(?:js|mjs|css|html|json|txt|xml|svg|webmanifest|map)$/;

interface Secret {
  name: string;
  value: string;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (TEXT_ASSET.test(entry.name)) yield full;
  }
}

/** Every (file, secret) pair where the file holds the secret's value. */
function findSecrets(dir: string, secrets: Secret[]): { file: string; secret: string }[] {
  const found: { file: string; secret: string }[] = [];
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) {
      if (text.includes(secret.value)) found.push({ file: path.relative(dir, file), secret: secret.name });
    }
  }
  return found;
}

/** The master key and every API key that can do more than search, as Meilisearch lists them. */
async function writeCapableKeys(): Promise<Secret[]> {
  const { results } = await createAdminClient({
    host: stack.meilisearch,
    apiKey: stack.meilisearchKey,
  }).getKeys({
    limit: 1000,
  });
  const keys = results
    .filter((key) => key.actions.some((action) => action !== "search"))
    .map((key) => ({ name: `${key.name ?? key.uid} (${key.actions.join(", ")})`, value: key.key }));
  return [{ name: "master key", value: stack.meilisearchKey }, ...keys];
}

const planted = mkdtempSync(path.join(os.tmpdir(), "kontum-planted-"));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

describe("Meilisearch keys and the browser", () => {
  it("finds a planted admin key: the scan can fail", async () => {
    const secrets = await writeCapableKeys();
    const admin = secrets.find((secret) => secret.name.startsWith("Default Admin API Key"));
    expect(admin).toBeDefined();
    mkdirSync(path.join(planted, "_astro"));
    writeFileSync(path.join(planted, "_astro", "chunk.js"), `const k="${admin?.value}";`);
    writeFileSync(path.join(planted, "index.html"), "<p>nothing here</p>");
    expect(findSecrets(planted, secrets)).toEqual([{ file: "_astro/chunk.js", secret: admin?.name }]);
  });

  it("leaves no master or admin key in any built client asset", async () => {
    const secrets = await writeCapableKeys();
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    expect([...filesUnder(CLIENT_DIR)].filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
    expect(findSecrets(CLIENT_DIR, secrets)).toEqual([]);
  });

  it("keeps even the search-only key on the server: no page or asset holds it", async () => {
    const client = createAdminClient({ host: stack.meilisearch, apiKey: stack.meilisearchKey });
    const searchKey = await client.getKey(SEARCH_KEY_UID);
    expect(searchKey.actions).toEqual(["search"]);
    const secrets = [...(await writeCapableKeys()), { name: "search-only key", value: searchKey.key }];
    expect(findSecrets(CLIENT_DIR, secrets)).toEqual([]);
    for (const page of ["/", "/en/", "/search/?q=gui", "/en/search/?q=gui", "/villages/kon-klor/"]) {
      const response = await fetch(`${stack.storefront}${page}`, {
        headers: { "accept-encoding": "identity" },
      });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(secrets.filter((secret) => html.includes(secret.value)).map((secret) => secret.name)).toEqual(
        [],
      );
    }
  });
});
