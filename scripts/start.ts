/**
 * `npm start`: runs the whole product on its embedded defaults (see README).
 * Environment variables switch parts to external services.
 */
import { resolveStackConfig } from "./stack/config.ts";
import { formatStackError } from "./stack/errors.ts";
import { loadOrCreateLocalSecrets } from "./stack/local-env.ts";
import { DEFAULT_DATA_DIR, LOCAL_ENV_FILE, displayPath } from "./stack/paths.ts";
import { createReporter, seconds } from "./stack/reporter.ts";
import { startStack, StopList, type RunningStack } from "./stack/stack.ts";
import { printSummary, watchForCrashes } from "./stack/summary.ts";

const started = Date.now();
const reporter = createReporter();
let stack: RunningStack | undefined;
const stoppers = new StopList();
let stopping: Promise<never> | undefined;

/** Stops every part once; a second signal while stopping waits for the first stop, never cuts it short. */
function shutdown(reason: string, exitCode: number): Promise<never> {
  stopping ??= (async () => {
    reporter.info(`\n${reason} Stopping every part…`);
    await stoppers.stopAll();
    reporter.info("All parts stopped.");
    process.exit(exitCode);
  })();
  return stopping;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(`Received ${signal}.`, 0));
}

try {
  reporter.info("Kon Tum Crafts: starting the whole product (Ctrl-C stops it).");
  const envFile = process.env.KONTUM_ENV_FILE ?? LOCAL_ENV_FILE;
  const { secrets, created } = loadOrCreateLocalSecrets(envFile);
  if (created)
    reporter.info(
      `• Generated local secrets and the admin password in ${displayPath(envFile)} (ignored by git).`,
    );
  const config = resolveStackConfig(process.env, secrets, process.env.KONTUM_DATA_DIR ?? DEFAULT_DATA_DIR);
  stack = await startStack(config, reporter, stoppers);
  if (stopping) await stopping;
  printSummary(stack, config, seconds(started));
  watchForCrashes(stack, (message) => {
    if (stopping) return;
    process.stderr.write(message + "\n");
    void shutdown("A part crashed.", 1);
  });
} catch (error) {
  process.stderr.write(formatStackError(error) + "\n");
  await shutdown("Start failed.", 1);
}
