import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { StackError } from "./errors.ts";
import { displayPath } from "./paths.ts";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  uid?: number;
  gid?: number;
  /** Called with each line the child prints (stdout and stderr). */
  onLine?: (line: string) => void;
  /** Also copy the child's output to our stdout (KONTUM_VERBOSE=1). */
  echo?: boolean;
}

/** A child process in its own process group, with its output in a log file. */
export interface ManagedChild {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  readonly exited: Promise<ExitInfo>;
  isRunning(): boolean;
  /** Sends `signal` to the whole group, then SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ExitInfo>;
}

const running = new Set<ManagedChild>();

/** Last resort: if this process exits while children still run, kill their groups. */
process.on("exit", () => {
  for (const child of running) killGroup(child.pid, "SIGKILL");
});

export function spawnManaged(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
): ManagedChild {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: "a" });
  log.write(`\n=== ${new Date().toISOString()} ${name}: ${command} ${args.join(" ")}\n`);
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    uid: options.uid,
    gid: options.gid,
  });
  if (child.pid === undefined) {
    throw new StackError(name, `could not start ${command}`, "check that the file exists and is executable");
  }
  const pid = child.pid;
  let alive = true;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("error", (error) => log.write(`spawn error: ${error.message}\n`));
    child.once("close", (code, signal) => {
      alive = false;
      running.delete(managed);
      // Resolve once the log is on disk: the orchestrator may exit right after a child stops.
      log.end(`=== exited code=${code} signal=${signal}\n`, () => resolve({ code, signal }));
    });
  });
  forwardLines(child, (line) => {
    log.write(line + "\n");
    if (options.echo) process.stdout.write(`[${name}] ${line}\n`);
    options.onLine?.(line);
  });

  const managed: ManagedChild = {
    name,
    pid,
    logFile: options.logFile,
    exited,
    isRunning: () => alive,
    async stop(signal = "SIGTERM", timeoutMs = 15_000) {
      if (!alive) return exited;
      killGroup(pid, signal);
      const timer = setTimeout(() => killGroup(pid, "SIGKILL"), timeoutMs);
      const info = await exited;
      clearTimeout(timer);
      // Grandchildren that ignored the signal must not outlive their parent.
      killGroup(pid, "SIGKILL");
      return info;
    },
  };
  running.add(managed);
  return managed;
}

/** Runs a command to completion; a failure names the step and shows the end of its log. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { fix: string },
): Promise<void> {
  const child = spawnManaged(name, command, args, options);
  const { code, signal } = await child.exited;
  if (code !== 0) {
    throw new StackError(
      name,
      `failed (${signal ? `signal ${signal}` : `exit code ${code}`}); full log in ${displayPath(options.logFile)}`,
      options.fix,
      tailOfFile(options.logFile),
    );
  }
}

export function tailOfFile(file: string, lines = 15): string {
  try {
    const text = readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("=== "))
      .map(stripAnsi);
    return text.slice(-lines).join("\n");
  } catch {
    return "";
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
function stripAnsi(line: string): string {
  return line.replace(ANSI, "");
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function forwardLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      pending += chunk;
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? "";
      for (const part of parts) onLine(part);
    });
    stream?.on("end", () => {
      if (pending) onLine(pending);
    });
  }
}
