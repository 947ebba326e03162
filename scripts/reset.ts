/**
 * `npm run reset`: deletes local data so the next `npm start` begins fresh.
 *   npm run reset               all local data (.data: Postgres, Meilisearch, logs); keeps .env.local
 *   npm run reset -- --search   only the search data (it is rebuilt from Medusa and the content)
 *   npm run reset -- --builds   only the build output (forces a rebuild on the next start)
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, MEDUSA_BUILD_DIR, SITE_DIST_DIR, displayPath } from "./stack/paths.ts";
import { isPortFree } from "./stack/ports.ts";

const dataDir = process.env.KONTUM_DATA_DIR ?? DEFAULT_DATA_DIR;
const args = new Set(process.argv.slice(2));
const targets = args.has("--search")
  ? [path.join(dataDir, "meilisearch")]
  : args.has("--builds")
    ? [MEDUSA_BUILD_DIR, SITE_DIST_DIR]
    : [dataDir];

if (
  existsSync(path.join(dataDir, "postgres", "postmaster.pid")) &&
  !(await isPortFree(Number(process.env.POSTGRES_PORT ?? 5432)))
) {
  process.stderr.write(
    "✖ The stack seems to be running (its Postgres holds the data folder). Stop `npm start` first (Ctrl-C), then reset.\n",
  );
  process.exit(1);
}
for (const target of targets) {
  if (!existsSync(target)) continue;
  rmSync(target, { recursive: true, force: true });
  process.stdout.write(`✔ Deleted ${displayPath(target)}\n`);
}
if (!args.has("--builds")) {
  process.stdout.write(
    "The next `npm start` recreates the database, the sample data and the search indexes.\n",
  );
}
