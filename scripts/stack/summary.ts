import { tailOfFile } from "./child-process.ts";
import type { StackConfig } from "./config.ts";
import { displayPath, LOCAL_ENV_FILE } from "./paths.ts";
import type { RunningStack } from "./stack.ts";

/** The one block a person reads after `npm start`: where things are and how to log in. */
export function printSummary(stack: RunningStack, config: StackConfig, took: string): void {
  const database = config.databaseUrl
    ? "external (DATABASE_URL)"
    : `embedded, :${config.ports.postgres}, data in ${displayPath(config.dataDir)}/postgres`;
  const search = config.meilisearch
    ? `external (${stack.urls.meilisearch})`
    : `${stack.urls.meilisearch}, data in ${displayPath(config.dataDir)}/meilisearch`;
  const events = config.redisUrl ? "Redis (server + worker processes)" : "in memory (one Medusa process)";
  const lines = [
    "",
    `Kon Tum Crafts is ready (${took}).`,
    "",
    `  Storefront    ${stack.urls.storefront}`,
    `  Admin         ${stack.urls.admin}`,
    `  Admin login   ${stack.admin.email} / ${stack.admin.password}   (kept in ${displayPath(process.env.KONTUM_ENV_FILE ?? LOCAL_ENV_FILE)})`,
    `  Medusa API    ${stack.urls.medusa}`,
    `  Store key     ${stack.publishableKey}   (publishable key: safe in browsers)`,
    `  Meilisearch   ${search}`,
    `  Postgres      ${database}`,
    `  Events        ${events}`,
    `  Logs          ${displayPath(config.dataDir)}/logs`,
    "",
    "Press Ctrl-C to stop.",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

/** Reports a part that stops on its own, naming it and showing the end of its log. */
export function watchForCrashes(
  stack: Pick<RunningStack, "children">,
  onCrash: (message: string) => void,
): void {
  for (const child of stack.children) {
    void child.exited.then(({ code, signal }) => {
      const message = [
        `✖ ${child.name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}).`,
        `  Log: ${displayPath(child.logFile)}; its last lines:`,
        ...tailOfFile(child.logFile)
          .split("\n")
          .map((line) => `    | ${line}`),
        "  What to do: read the log above, fix the cause, then run `npm start` again.",
      ].join("\n");
      onCrash(message);
    });
  }
}
