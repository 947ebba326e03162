import { z } from "zod";
import { StackError } from "./errors.ts";
import path from "node:path";
import { ROOT, SITE_DIST_DIR } from "./paths.ts";
import type { LocalSecrets } from "./local-env.ts";

/** Everything the stack needs to start, resolved from the environment once. */
export interface StackConfig {
  dataDir: string;
  /** Where the storefront is built to and served from. */
  siteDistDir: string;
  /** The storefront's public URL, baked into its build (canonical links); defaults to the local one. */
  siteUrl?: string;
  /** Host name used in the URLs we print and pass between parts. */
  publicHost: string;
  ports: { postgres: number; meilisearch: number; medusa: number; medusaWorker: number; storefront: number };
  secrets: LocalSecrets;
  adminEmail: string;
  /** External services; when set, the embedded one is not started. */
  databaseUrl?: string;
  meilisearch?: { host: string; apiKey: string };
  redisUrl?: string;
  /** Copy every child's output to the console. */
  verbose: boolean;
}

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const EnvSchema = z.object({
  POSTGRES_PORT: port(5432),
  MEILISEARCH_PORT: port(7700),
  MEDUSA_PORT: port(9000),
  MEDUSA_WORKER_PORT: port(9001),
  STOREFRONT_PORT: port(4321),
  PUBLIC_HOST: z.string().min(1).default("localhost"),
  ADMIN_EMAIL: z.email().default("admin@kontum-crafts.local"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  MEILISEARCH_HOST: z.url({ protocol: /^https?$/ }).optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  KONTUM_VERBOSE: z.stringbool().default(false),
  KONTUM_SITE_OUT_DIR: z.string().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export function resolveStackConfig(
  env: NodeJS.ProcessEnv,
  secrets: LocalSecrets,
  dataDir: string,
): StackConfig {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new StackError(
      "Configuration",
      `invalid environment variable${problems.length > 1 ? "s" : ""}: ${problems.join("; ")}`,
      "correct or unset the variable (see the README's table of environment variables)",
    );
  }
  const e = parsed.data;
  if (e.MEILISEARCH_HOST && !e.MEILISEARCH_API_KEY) {
    throw new StackError(
      "Configuration",
      "MEILISEARCH_HOST is set but MEILISEARCH_API_KEY is not",
      "set MEILISEARCH_API_KEY to the master key (or an admin API key) of that Meilisearch",
    );
  }
  return {
    dataDir,
    siteDistDir: e.KONTUM_SITE_OUT_DIR ? path.resolve(ROOT, e.KONTUM_SITE_OUT_DIR) : SITE_DIST_DIR,
    siteUrl: e.SITE_URL,
    publicHost: e.PUBLIC_HOST,
    ports: {
      postgres: e.POSTGRES_PORT,
      meilisearch: e.MEILISEARCH_PORT,
      medusa: e.MEDUSA_PORT,
      medusaWorker: e.MEDUSA_WORKER_PORT,
      storefront: e.STOREFRONT_PORT,
    },
    secrets,
    adminEmail: e.ADMIN_EMAIL,
    databaseUrl: e.DATABASE_URL,
    meilisearch:
      e.MEILISEARCH_HOST && e.MEILISEARCH_API_KEY
        ? { host: e.MEILISEARCH_HOST.replace(/\/$/, ""), apiKey: e.MEILISEARCH_API_KEY }
        : undefined,
    redisUrl: e.REDIS_URL,
    verbose: e.KONTUM_VERBOSE,
  };
}
