import path from "node:path";
import { hashSources, isBuildCurrent, markBuildCurrent } from "./build-cache.ts";
import { runToCompletion, spawnManaged, type ManagedChild } from "./child-process.ts";
import { waitForHealthy } from "./health.ts";
import { ASTRO_CLI, ROOT, SITE_DIST_DIR } from "./paths.ts";
import { assertPortFree } from "./ports.ts";
import type { Reporter } from "./reporter.ts";

const PART = "Storefront";

interface StorefrontOptions {
  env: NodeJS.ProcessEnv;
  logDir: string;
  echo: boolean;
}

function siteSources(): string[] {
  return [
    "site",
    "content",
    "public",
    "search-config",
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    "package-lock.json",
  ].map((p) => path.join(ROOT, p));
}

/** `astro build` unless the last build is of the same sources. */
export async function buildStorefrontIfNeeded(reporter: Reporter, options: StorefrontOptions): Promise<void> {
  const digest = hashSources(siteSources());
  if (isBuildCurrent(SITE_DIST_DIR, digest)) return;
  const logFile = path.join(options.logDir, "storefront-build.log");
  await reporter.step(
    "Storefront: building the Astro site",
    () =>
      runToCompletion("Storefront build", process.execPath, [ASTRO_CLI, "build"], {
        cwd: ROOT,
        env: { ...options.env, ASTRO_TELEMETRY_DISABLED: "1" },
        logFile,
        echo: options.echo,
        fix: "read the errors above; run `npx astro build` to reproduce",
      }),
    { logFile },
  );
  markBuildCurrent(SITE_DIST_DIR, digest);
}

/** Starts the built Astro Node server and waits until its /health answers. */
export async function startStorefront(port: number, options: StorefrontOptions): Promise<ManagedChild> {
  await assertPortFree(PART, port, "STOREFRONT_PORT");
  const child = spawnManaged(PART, process.execPath, [path.join(SITE_DIST_DIR, "server", "entry.mjs")], {
    cwd: ROOT,
    env: { ...options.env, HOST: "0.0.0.0", PORT: String(port), ASTRO_TELEMETRY_DISABLED: "1" },
    logFile: path.join(options.logDir, "storefront.log"),
    echo: options.echo,
  });
  await waitForHealthy({
    part: PART,
    url: `http://127.0.0.1:${port}/health`,
    child,
    timeoutMs: 60_000,
    fix: "read its log; `npm run reset -- --builds` forces a fresh build",
  });
  return child;
}
