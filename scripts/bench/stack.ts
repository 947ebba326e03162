/**
 * `npm run bench:stack [-- --with-tests]`: measures, on a fresh clone of HEAD in a
 * temporary folder, the issue-2 targets: `npm install` wall time, first `npm start` to ready, a later
 * start to ready, peak memory of the idle stack, and (with --with-tests) `npm test` wall time.
 * Prints a Markdown table to paste into docs/benchmarks.md.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePortsEnv } from "../stack/ports.ts";
import { ROOT } from "../stack/paths.ts";
import { treeRss } from "../stack/process-tree.ts";

const args = new Set(process.argv.slice(2));
const work = mkdtempSync(path.join(os.tmpdir(), "kontum-bench-"));
const clone = path.join(work, "clone");
const rows: Array<[string, string, string]> = [];
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

function timed(label: string, command: string, commandArgs: string[], cwd: string, target: string): void {
  const started = Date.now();
  execFileSync(command, commandArgs, { cwd, stdio: "inherit" });
  rows.push([label, `${((Date.now() - started) / 1000).toFixed(0)} s`, target]);
}

async function startAndMeasure(label: string, env: NodeJS.ProcessEnv, target: string): Promise<void> {
  const started = Date.now();
  const child = spawn(path.join(clone, "node_modules", ".bin", "node"), ["scripts/start.ts"], {
    cwd: clone,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      process.stdout.write(chunk);
      if (chunk.includes("is ready")) resolve();
    });
    child.once("close", (code) => reject(new Error(`npm start exited with ${code} before it was ready`)));
  });
  rows.push([label, `${((Date.now() - started) / 1000).toFixed(1)} s`, target]);
  if (label.startsWith("first")) {
    let peak = 0;
    for (let i = 0; i < 30; i++) {
      peak = Math.max(peak, treeRss(child.pid ?? 0));
      await new Promise((r) => setTimeout(r, 1000));
    }
    rows.push(["peak memory, whole stack idle (RSS over 30 s)", gib(peak), "< 2.5 GB"]);
  }
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("close", resolve));
}

try {
  execFileSync("git", ["clone", "--quiet", ROOT, clone], { stdio: "inherit" });
  timed("`npm install` in a clean clone", "npm", ["install", "--no-audit", "--no-fund"], clone, "(none)");
  const env = {
    ...process.env,
    KONTUM_DATA_DIR: path.join(work, "data"),
    KONTUM_ENV_FILE: path.join(work, ".env.local"),
    ...(await freePortsEnv()),
  };
  await startAndMeasure("first `npm start` to ready (builds, migrations, seed)", env, "(none)");
  await startAndMeasure("later `npm start` to ready", env, "< 30 s");
  if (args.has("--with-tests")) timed("`npm test`", "npm", ["test"], clone, "< 20 min");
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
process.stdout.write(
  `\nMachine: ${os.cpus().length} cores (${cpu}), ${gib(os.totalmem())} RAM, Node ${process.version}\n\n`,
);
process.stdout.write("| measure | result | target |\n| --- | --- | --- |\n");
for (const [label, value, target] of rows) process.stdout.write(`| ${label} | ${value} | ${target} |\n`);
