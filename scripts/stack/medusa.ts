import { existsSync } from "node:fs";
import path from "node:path";
import Medusa from "@medusajs/js-sdk";
import { hashSources, isBuildCurrent, markBuildCurrent } from "./build-cache.ts";
import { runToCompletion, spawnManaged, type ManagedChild } from "./child-process.ts";
import { StackError } from "./errors.ts";
import { waitForHealthy } from "./health.ts";
import { COMMERCE_DIR, MEDUSA_BUILD_DIR, MEDUSA_CLI } from "./paths.ts";
import { assertPortFree } from "./ports.ts";
import type { Reporter } from "./reporter.ts";

export const PUBLISHABLE_KEY_TITLE = "Kon Tum Crafts storefront";

export type WorkerMode = "shared" | "server" | "worker";

interface MedusaRunOptions {
  env: NodeJS.ProcessEnv;
  logDir: string;
  echo: boolean;
}

function commerceSources(): string[] {
  return ["src", "medusa-config.ts", "tsconfig.json", "package.json", "package-lock.json"].map((p) =>
    path.join(COMMERCE_DIR, p),
  );
}

/**
 * `medusa build` (server + admin dashboard) unless the last build is of the same sources.
 * Returns the sources' digest, which also tells whether this build's migrations were applied.
 */
export async function buildMedusaIfNeeded(reporter: Reporter, options: MedusaRunOptions): Promise<string> {
  if (!existsSync(MEDUSA_CLI)) {
    throw new StackError(
      "Medusa",
      "commerce/node_modules is missing",
      "run `npm install` at the repository root (it installs commerce/ too)",
    );
  }
  const digest = hashSources(commerceSources());
  if (isBuildCurrent(MEDUSA_BUILD_DIR, digest)) return digest;
  const logFile = path.join(options.logDir, "medusa-build.log");
  await reporter.step(
    "Medusa: building server and admin dashboard (about a minute, when commerce/ changed)",
    () =>
      runToCompletion("Medusa build", process.execPath, [MEDUSA_CLI, "build"], {
        cwd: COMMERCE_DIR,
        env: options.env,
        logFile,
        echo: options.echo,
        fix: "read the errors above; run `cd commerce && npx medusa build` to reproduce",
      }),
    { logFile },
  );
  markBuildCurrent(MEDUSA_BUILD_DIR, digest);
  return digest;
}

/** Applies Medusa's and our modules' migrations and syncs links. */
export async function migrateDatabase(reporter: Reporter, options: MedusaRunOptions): Promise<void> {
  const logFile = path.join(options.logDir, "medusa-migrate.log");
  await reporter.step(
    "Medusa: applying database migrations",
    () =>
      runToCompletion("Medusa migrations", process.execPath, [MEDUSA_CLI, "db:migrate"], {
        cwd: MEDUSA_BUILD_DIR,
        env: options.env,
        logFile,
        echo: options.echo,
        fix: "check that the database is reachable and not used by another Medusa version; `npm run reset` starts over with empty local data",
      }),
    { logFile },
  );
}

/** Creates the admin user and seeds the sample data; the script itself skips what exists. */
export async function runSetup(reporter: Reporter, options: MedusaRunOptions): Promise<void> {
  const logFile = path.join(options.logDir, "medusa-setup.log");
  await reporter.step(
    "Medusa: admin user and sample data",
    () =>
      runToCompletion("Medusa setup", process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/setup.js"], {
        cwd: MEDUSA_BUILD_DIR,
        env: options.env,
        logFile,
        echo: options.echo,
        onLine: (line) => {
          const progress = /^\[setup\]\s*(.*)$/.exec(logMessage(line));
          if (progress?.[1]) reporter.progress("setup", progress[1]);
        },
        fix: "read the log; the setup is safe to run again with `npm start`",
      }),
    { logFile },
  );
}

/** Starts `medusa start` from the build, in the given worker mode, and waits for /health. */
export async function startMedusa(
  mode: WorkerMode,
  port: number,
  portVariable: string,
  options: MedusaRunOptions,
): Promise<ManagedChild> {
  const part = mode === "worker" ? "Medusa worker" : "Medusa server";
  await assertPortFree(part, port, portVariable);
  const child = spawnManaged(part, process.execPath, [MEDUSA_CLI, "start", "--port", String(port)], {
    cwd: MEDUSA_BUILD_DIR,
    env: {
      ...options.env,
      MEDUSA_WORKER_MODE: mode,
      MEDUSA_ADMIN_DISABLED: mode === "worker" ? "true" : "false",
    },
    logFile: path.join(options.logDir, mode === "worker" ? "medusa-worker.log" : "medusa.log"),
    echo: options.echo,
  });
  await waitForHealthy({
    part,
    url: `http://127.0.0.1:${port}/health`,
    child,
    timeoutMs: 180_000,
    fix: "read its log; a configuration error names the variable to set",
  });
  return child;
}

/** Reads the storefront's publishable key through the admin API, as the admin. */
export async function fetchPublishableKey(baseUrl: string, email: string, password: string): Promise<string> {
  const sdk = new Medusa({ baseUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } });
  try {
    await sdk.auth.login("user", "emailpass", { email, password });
    const { api_keys } = await sdk.admin.apiKey.list({ type: "publishable", limit: 50 });
    const key =
      api_keys.find((k) => k.title === PUBLISHABLE_KEY_TITLE && !k.revoked_at) ??
      api_keys.find((k) => !k.revoked_at);
    if (key) return key.token;
  } catch (error) {
    throw new StackError(
      "Medusa",
      `could not read the publishable key as ${email}: ${error instanceof Error ? error.message : String(error)}`,
      "check ADMIN_EMAIL and ADMIN_PASSWORD in .env.local match the admin user; `npm run reset` starts over",
    );
  }
  throw new StackError(
    "Medusa",
    "no publishable API key exists",
    `create one titled "${PUBLISHABLE_KEY_TITLE}" in the admin (Settings → Publishable API keys), linked to the storefront's sales channel`,
  );
}

/** The message of a Medusa log line: JSON in production (`{"message": …}`), plain text otherwise. */
export function logMessage(line: string): string {
  if (!line.startsWith("{")) return line.trim();
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed && typeof parsed === "object" && "message" in parsed && typeof parsed.message === "string") {
      return parsed.message;
    }
  } catch {
    // Not JSON after all.
  }
  return line.trim();
}
