import { defineConfig, loadEnv } from "@medusajs/framework/utils";
import { readEnv } from "./src/env";
import { redisModules } from "./src/redis-modules";
import { searchModules } from "./src/search-module";

// Telemetry: Medusa reads MEDUSA_DISABLE_TELEMETRY when its CLI starts, before this file is loaded, so it
// cannot be turned off from here; the project's scripts set MEDUSA_DISABLE_TELEMETRY=true for every command.

loadEnv(process.env.NODE_ENV || "development", process.cwd());
const env = readEnv();

export default defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    ...(env.MEDUSA_COOKIE_SECURE === undefined
      ? {}
      : { cookieOptions: { secure: env.MEDUSA_COOKIE_SECURE } }),
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    { resolve: "./src/modules/artisan" },
    // Portal invitations of artisans (token hashes, expiry); src/modules/artisan-invite.
    { resolve: "./src/modules/artisan-invite" },
    { resolve: "./src/modules/craft" },
    // The tourism office's choices for the home page (featured villages, festival, itineraries).
    { resolve: "./src/modules/curation" },
    // Trace records of batches and pieces (hash-chained events) and the registry of marks; src/modules/trace.
    { resolve: "./src/modules/trace" },
    // Product texts in English (locale en-US) beside the Vietnamese originals.
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: env.MEDUSA_UPLOAD_DIR ?? "uploads", backend_url: env.MEDUSA_FILE_URL },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/modules/vietqr",
            id: "vietqr",
            options: {
              bankBin: env.VIETQR_BANK_BIN,
              accountNumber: env.VIETQR_ACCOUNT_NUMBER,
              accountName: env.VIETQR_ACCOUNT_NAME,
            },
          },
        ],
      },
    },
    // Emails (artisan invites, password resets) go through the Notification Module. Locally the
    // notification-local provider writes them to Medusa's log; "feed" keeps the admin's in-app feed.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local-email",
            options: { channels: ["email"] },
          },
        ],
      },
    },
    // Products (and artisans) in Meilisearch, kept in sync by the Search Module (src/search/).
    ...searchModules(env.MEILISEARCH_HOST, env.MEILISEARCH_API_KEY),
    // Without REDIS_URL, Medusa's in-memory event bus, workflow engine, cache and locking apply.
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
  ],
  featureFlags: { translation: true, ...(env.REDIS_URL ? { caching: true } : {}) },
});
