import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { spawnManaged, tailOfFile, type ManagedChild } from "./child-process.ts";
import { StackError } from "./errors.ts";
import { initialiseCluster, postgresBinaries, postgresUserIds } from "./postgres-cluster.ts";
import { displayPath } from "./paths.ts";
import { assertPortFree } from "./ports.ts";

const PART = "Postgres (embedded)";
export const DATABASE_NAME = "kontum";

export interface RunningPostgres {
  url: string;
  child: ManagedChild;
  stop(): Promise<void>;
}

interface PostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  logFile: string;
  echo: boolean;
}

/** Starts the embedded Postgres from `<dataDir>/postgres`, creating the cluster on first run. */
export async function startEmbeddedPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const dir = path.join(options.dataDir, "postgres");
  await assertPortFree(PART, options.port, "POSTGRES_PORT");
  const resetFix = `stop any other copy of the stack; if none runs, the folder is damaged: \`npm run reset\` deletes the local data (all local orders and products) and the next \`npm start\` recreates it`;
  if (!isInitialised(dir)) {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new StackError(
        PART,
        `${displayPath(dir)} exists but is not a Postgres data folder (PG_VERSION is missing)`,
        resetFix,
      );
    }
    await initialiseCluster(dir, options.password, options.logFile);
  }
  const binaries = await postgresBinaries();
  const ids = postgresUserIds();
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const child = spawnManaged(
    PART,
    binaries.postgres,
    [
      "-D",
      dir,
      "-p",
      String(options.port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
    ],
    {
      cwd: dir,
      env: { ...process.env, LC_MESSAGES: "C" },
      logFile: options.logFile,
      echo: options.echo,
      ...ids,
      onLine: (line) => {
        if (line.includes("database system is ready to accept connections")) ready();
      },
    },
  );
  const outcome = await Promise.race([
    readyPromise.then(() => "ready" as const),
    child.exited.then(() => "exited" as const),
  ]);
  if (outcome === "exited") throw explainStartFailure(options.logFile, options.port, resetFix);

  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${DATABASE_NAME}`;
  await ensureDatabase(options.port, options.password);
  return {
    url,
    child,
    async stop() {
      // SIGINT is Postgres's "fast shutdown": it ends sessions and writes a clean checkpoint.
      await child.stop("SIGINT", 30_000);
    },
  };
}

function isInitialised(dir: string): boolean {
  return existsSync(path.join(dir, "PG_VERSION"));
}

function explainStartFailure(logFile: string, port: number, resetFix: string): StackError {
  const tail = tailOfFile(logFile, 20);
  if (/address already in use/i.test(tail)) {
    return new StackError(
      PART,
      `port ${port} is already in use`,
      `stop the program that uses it, or choose another port with POSTGRES_PORT=<port> npm start`,
      tail,
    );
  }
  if (/lock file .* already exists/i.test(tail)) {
    return new StackError(
      PART,
      "another Postgres already runs on this data folder",
      "stop the other `npm start` (Ctrl-C in its terminal) and try again",
      tail,
    );
  }
  return new StackError(
    PART,
    `could not start from its data folder (log: ${displayPath(logFile)})`,
    resetFix,
    tail,
  );
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME} ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}

/** For DATABASE_URL: checks that the external database answers before Medusa tries it. */
export async function checkExternalDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new StackError(
      "Postgres (DATABASE_URL)",
      `cannot connect: ${error instanceof Error ? error.message : String(error)}`,
      "check DATABASE_URL (host, port, user, password, database name) and that the server accepts connections from this machine",
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
