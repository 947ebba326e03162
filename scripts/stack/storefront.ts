import path from "node:path";
import { hashSources, isBuildCurrent, markBuildCurrent } from "./build-cache.ts";
import { runToCompletion, spawnManaged, type ManagedChild } from "./child-process.ts";
import { waitForHealthy } from "./health.ts";
import { ASTRO_CLI, ROOT } from "./paths.ts";
import { assertPortFree } from "./ports.ts";
import type { Reporter } from "./reporter.ts";

const PART = "Storefront";

interface StorefrontOptions {
  env: NodeJS.ProcessEnv;
  /** Where the build goes and runs from (tests use their own, so a running `npm start` is untouched). */
  distDir: string;
  logDir: string;
  echo: boolean;
}

function siteSources(): string[] {
  return [
    "site",
    "content",
    "public",
    "search-config",
    // The content schemas import commerce's closed lists (crafts, ethnic groups).
    "commerce/src/modules/craft/vocabulary.ts",
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    "package-lock.json",
  ].map((p) => path.join(ROOT, p));
}

/** `astro build` unless the last build is of the same sources. */
export async function buildStorefrontIfNeeded(reporter: Reporter, options: StorefrontOptions): Promise<void> {
  // SITE_URL is baked into the build (canonical and hreflang URLs): a new one means a new build.
  const digest = hashSources(siteSources(), [`SITE_URL=${options.env.SITE_URL ?? ""}`]);
  if (isBuildCurrent(options.distDir, digest)) return;
  const logFile = path.join(options.logDir, "storefront-build.log");
  await reporter.step(
    "Storefront: building the Astro site",
    () =>
      runToCompletion("Storefront build", process.execPath, [ASTRO_CLI, "build"], {
        cwd: ROOT,
        env: { ...options.env, ASTRO_TELEMETRY_DISABLED: "1", KONTUM_SITE_OUT_DIR: options.distDir },
        logFile,
        echo: options.echo,
        fix: "read the errors above; run `npx astro build` to reproduce",
      }),
    { logFile },
  );
  markBuildCurrent(options.distDir, digest);
}

/** Starts the built Astro Node server and waits until its /health answers. */
export async function startStorefront(port: number, options: StorefrontOptions): Promise<ManagedChild> {
  await assertPortFree(PART, port, "STOREFRONT_PORT");
  const child = spawnManaged(PART, process.execPath, [path.join(options.distDir, "server", "entry.mjs")], {
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
