import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ManagedChild } from "./child-process.ts";
import type { StackConfig } from "./config.ts";
import { checkExternalMeilisearch, locateMeilisearchBinary, startMeilisearch } from "./meilisearch.ts";
import {
  buildMedusaIfNeeded,
  fetchPublishableKey,
  migrateDatabase,
  runSetup,
  startMedusa,
} from "./medusa.ts";
import { assertPortFree } from "./ports.ts";
import { checkExternalDatabase, startEmbeddedPostgres } from "./postgres.ts";
import type { Reporter } from "./reporter.ts";
import { indexContentForSearch, prepareSearchKey } from "./search-setup.ts";
import { databaseKey, readState, writeState } from "./state.ts";
import { buildStorefrontIfNeeded, startStorefront } from "./storefront.ts";

export interface RunningStack {
  urls: { storefront: string; admin: string; medusa: string; meilisearch: string };
  /** Internal addresses (127.0.0.1) that tests and scripts use. */
  internal: { medusa: string; storefront: string; meilisearch: string; databaseUrl: string };
  meilisearchKey: string;
  admin: { email: string; password: string };
  publishableKey: string;
  /** Long-running children, watched for crashes. */
  children: ManagedChild[];
  /** The environment Medusa processes run with (for tests that start more of them). */
  medusaEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** The environment without Meilisearch's write keys: the storefront never holds them. */
function withoutAdminKeys(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { MEILISEARCH_API_KEY: _admin, MEILI_MASTER_KEY: _master, ...rest } = env;
  return rest;
}

/** Starts Postgres, Meilisearch, Medusa (server, and worker with Redis) and the storefront, in order. */
/** What to stop, newest first; shared with the caller so a Ctrl-C during start stops what already runs. */
export class StopList {
  private readonly items: Array<{ name: string; stop: () => Promise<void> }> = [];

  push(item: { name: string; stop: () => Promise<void> }): void {
    this.items.push(item);
  }

  async stopAll(): Promise<void> {
    while (this.items.length > 0) {
      const item = this.items.pop();
      await item?.stop().catch(() => undefined);
    }
  }
}

export async function startStack(
  config: StackConfig,
  reporter: Reporter,
  stoppers = new StopList(),
): Promise<RunningStack> {
  const logDir = path.join(config.dataDir, "logs");
  mkdirSync(logDir, { recursive: true });
  const { ports, secrets } = config;
  const echo = config.verbose;
  const children: ManagedChild[] = [];
  const stopAll = () => stoppers.stopAll();

  try {
    // Fail fast, before any slow step, on ports and platform.
    if (!config.databaseUrl) await assertPortFree("Postgres (embedded)", ports.postgres, "POSTGRES_PORT");
    if (!config.meilisearch) {
      locateMeilisearchBinary();
      await assertPortFree("Meilisearch", ports.meilisearch, "MEILISEARCH_PORT");
    }
    await assertPortFree("Medusa server", ports.medusa, "MEDUSA_PORT");
    if (config.redisUrl) await assertPortFree("Medusa worker", ports.medusaWorker, "MEDUSA_WORKER_PORT");
    await assertPortFree("Storefront", ports.storefront, "STOREFRONT_PORT");

    const host = config.publicHost;
    const storefrontUrl = `http://${host}:${ports.storefront}`;
    const medusaUrl = `http://${host}:${ports.medusa}`;
    const internalMedusa = `http://127.0.0.1:${ports.medusa}`;

    let databaseUrl = config.databaseUrl;
    if (databaseUrl) {
      await reporter.step("Postgres: checking DATABASE_URL", () => checkExternalDatabase(databaseUrl!));
    } else {
      const pg = await reporter.step(`Postgres: starting embedded server on :${ports.postgres}`, () =>
        startEmbeddedPostgres({
          dataDir: config.dataDir,
          port: ports.postgres,
          password: secrets.POSTGRES_PASSWORD,
          logFile: path.join(logDir, "postgres.log"),
          echo,
        }),
      );
      stoppers.push({ name: "Postgres", stop: pg.stop });
      children.push(pg.child);
      databaseUrl = pg.url;
    }

    let meili = config.meilisearch;
    if (meili) {
      const external = meili;
      await reporter.step("Meilisearch: checking MEILISEARCH_HOST", () =>
        checkExternalMeilisearch(external.host, external.apiKey),
      );
    } else {
      const running = await reporter.step(`Meilisearch: starting on :${ports.meilisearch}`, () =>
        startMeilisearch({
          dataDir: config.dataDir,
          port: ports.meilisearch,
          masterKey: secrets.MEILI_MASTER_KEY,
          logFile: path.join(logDir, "meilisearch.log"),
          echo,
        }),
      );
      stoppers.push({ name: "Meilisearch", stop: running.stop });
      children.push(running.child);
      meili = { host: running.host, apiKey: secrets.MEILI_MASTER_KEY };
    }
    // The storefront gets a search-only key; the master (or admin) key goes only to Medusa and the indexer.
    const searchKey = await prepareSearchKey(reporter, meili);

    const origins = (port: number) => [
      `http://localhost:${port}`,
      `http://127.0.0.1:${port}`,
      `http://${host}:${port}`,
    ];
    const medusaEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secrets.JWT_SECRET,
      COOKIE_SECRET: secrets.COOKIE_SECRET,
      STORE_CORS: [...new Set(origins(ports.storefront))].join(","),
      ADMIN_CORS: [...new Set(origins(ports.medusa))].join(","),
      AUTH_CORS: [...new Set([...origins(ports.storefront), ...origins(ports.medusa)])].join(","),
      MEILISEARCH_HOST: meili.host,
      MEILISEARCH_API_KEY: meili.apiKey,
      // Uploaded and seeded images live with the data, served by commerce/src/api/uploads.
      MEDUSA_UPLOAD_DIR: path.join(config.dataDir, "uploads"),
      MEDUSA_FILE_URL: `${medusaUrl}/uploads`,
      // Links in the emails Medusa sends (artisan invitations, password resets) open the storefront.
      // (The storefront this stack runs; a deployment sets its public address.)
      STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
      ADMIN_EMAIL: config.adminEmail,
      ADMIN_PASSWORD: secrets.ADMIN_PASSWORD,
      // One machine serves plain http: a Secure session cookie would never be set and the admin could
      // not log in. Deployments behind HTTPS leave this unset (Medusa's production default: Secure).
      MEDUSA_COOKIE_SECURE: "false",
      ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}),
    };
    const medusaOptions = { env: medusaEnv, logDir, echo };

    const storefrontEnv: NodeJS.ProcessEnv = {
      ...withoutAdminKeys(process.env),
      NODE_ENV: "production",
      SITE_URL: config.siteUrl ?? storefrontUrl,
      MEDUSA_BACKEND_URL: internalMedusa,
      MEILISEARCH_HOST: meili.host,
      MEILISEARCH_SEARCH_KEY: searchKey,
    };
    const digest = await buildMedusaIfNeeded(reporter, medusaOptions);
    await buildStorefrontIfNeeded(reporter, {
      env: storefrontEnv,
      distDir: config.siteDistDir,
      logDir,
      echo,
    });
    const state = readState(config.dataDir);
    const dbKey = databaseKey(databaseUrl);
    if (state.migrated[dbKey] !== digest) {
      await migrateDatabase(reporter, medusaOptions);
      state.migrated[dbKey] = digest;
      writeState(config.dataDir, state);
    }
    // The setup is idempotent: it runs again after a build, so new sample data reaches old databases.
    if (state.setUp[dbKey] !== digest) {
      await runSetup(reporter, medusaOptions);
      state.setUp[dbKey] = digest;
      writeState(config.dataDir, state);
    }

    const mode = config.redisUrl ? "server" : "shared";
    const server = await reporter.step(
      `Medusa: starting ${mode === "server" ? "server process" : "server"} on :${ports.medusa}`,
      () => startMedusa(mode, ports.medusa, "MEDUSA_PORT", medusaOptions),
    );
    stoppers.push({ name: "Medusa server", stop: async () => void (await server.stop()) });
    children.push(server);
    if (config.redisUrl) {
      const worker = await reporter.step(`Medusa: starting worker process on :${ports.medusaWorker}`, () =>
        startMedusa("worker", ports.medusaWorker, "MEDUSA_WORKER_PORT", medusaOptions),
      );
      stoppers.push({ name: "Medusa worker", stop: async () => void (await worker.stop()) });
      children.push(worker);
    }
    const publishableKey = await fetchPublishableKey(
      internalMedusa,
      config.adminEmail,
      secrets.ADMIN_PASSWORD,
    );

    storefrontEnv.MEDUSA_PUBLISHABLE_KEY = publishableKey;
    const storefront = await reporter.step(`Storefront: starting on :${ports.storefront}`, () =>
      startStorefront(ports.storefront, { env: storefrontEnv, distDir: config.siteDistDir, logDir, echo }),
    );
    stoppers.push({ name: "Storefront", stop: async () => void (await storefront.stop()) });
    children.push(storefront);
    const internalStorefront = `http://127.0.0.1:${ports.storefront}`;
    await indexContentForSearch(reporter, meili, { url: `${internalStorefront}/search-documents.json` });

    return {
      urls: {
        storefront: storefrontUrl,
        admin: `${medusaUrl}/app`,
        medusa: medusaUrl,
        meilisearch: meili.host,
      },
      internal: {
        medusa: internalMedusa,
        storefront: internalStorefront,
        meilisearch: meili.host,
        databaseUrl,
      },
      meilisearchKey: meili.apiKey,
      admin: { email: config.adminEmail, password: secrets.ADMIN_PASSWORD },
      publishableKey,
      children,
      medusaEnv,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
