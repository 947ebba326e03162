import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../scripts/stack/paths.ts";
import { TEST_BUILD_ENV } from "./test-stack.ts";

export interface StartRun {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code when `npm start` ends. */
  exited: Promise<number | null>;
  /** Resolves when the summary is printed; rejects if it exits first. */
  ready: Promise<void>;
}

/** Runs `npm start`'s script (scripts/start.ts) with its data and secrets in `dataDir`. */
export function runStart(dataDir: string, env: Record<string, string>): StartRun {
  let text = "";
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      KONTUM_DATA_DIR: dataDir,
      KONTUM_ENV_FILE: path.join(dataDir, ".env.local"),
      DATABASE_URL: "",
      MEILISEARCH_HOST: "",
      REDIS_URL: "",
      ...TEST_BUILD_ENV,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.includes("is ready")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before ready:\n${text}`)));
  });
  ready.catch(() => undefined);
  return { child, output: () => text, exited, ready };
}
