/**
 * `npm test`: every check and test, in order. Static checks and unit tests first; then one real
 * stack (Postgres, Meilisearch, Medusa, storefront) on free ports in a temporary folder, shared by
 * the integration tests and the Playwright end-to-end tests, and stopped at the end.
 * Every step runs even after a failure, so one run shows everything that is wrong.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { formatStackError } from "./stack/errors.ts";
import { ROOT } from "./stack/paths.ts";
import { seconds } from "./stack/reporter.ts";
import { startTestStack, TEST_STACK_ENV } from "../tests/harness/test-stack.ts";

process.env.ASTRO_TELEMETRY_DISABLED = "1";
process.env.MEDUSA_DISABLE_TELEMETRY = "true";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

interface Step {
  name: string;
  command: string;
  args: string[];
}

const staticSteps: Step[] = [
  { name: "format (prettier --check)", command: bin("prettier"), args: ["--check", "."] },
  { name: "lint (eslint)", command: bin("eslint"), args: ["."] },
  { name: "types: astro check", command: bin("astro"), args: ["check"] },
  { name: "types: tsc (site, scripts, tests)", command: bin("tsc"), args: ["--noEmit"] },
  { name: "types: tsc (commerce)", command: bin("tsc"), args: ["--noEmit", "-p", "commerce"] },
  { name: "unit tests", command: bin("vitest"), args: ["run", "--project", "unit"] },
];

const stackSteps: Step[] = [
  { name: "integration tests", command: bin("vitest"), args: ["run", "--project", "integration"] },
  { name: "end-to-end tests (Playwright)", command: bin("playwright"), args: ["test"] },
];

const results: Array<{ name: string; ok: boolean; took: string }> = [];

function run(step: Step, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const started = Date.now();
  process.stdout.write(`\n━━ ${step.name}\n`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: "inherit" });
    child.once("error", () => finish(false));
    child.once("close", (code) => finish(code === 0));
    function finish(ok: boolean) {
      results.push({ name: step.name, ok, took: seconds(started) });
      resolve(ok);
    }
  });
}

const totalStart = Date.now();
for (const step of staticSteps) await run(step);

process.stdout.write("\n━━ starting the test stack (real Postgres, Meilisearch, Medusa, storefront)\n");
const stackStart = Date.now();
let stack: Awaited<ReturnType<typeof startTestStack>> | undefined;
try {
  stack = await startTestStack();
  results.push({ name: "test stack start", ok: true, took: seconds(stackStart) });
} catch (error) {
  process.stderr.write(formatStackError(error) + "\n");
  results.push({ name: "test stack start", ok: false, took: seconds(stackStart) });
}
if (stack) {
  const env = { ...process.env, [TEST_STACK_ENV]: JSON.stringify(stack.info) };
  process.on("SIGINT", () => void stack?.dispose().then(() => process.exit(130)));
  for (const step of stackSteps) await run(step, env);
  await stack.dispose();
}

process.stdout.write(`\n━━ summary (${seconds(totalStart)})\n`);
for (const r of results) process.stdout.write(`${r.ok ? "✔" : "✖"} ${r.name} (${r.took})\n`);
const failed = results.filter((r) => !r.ok);
process.stdout.write(
  failed.length ? `\n${failed.length} step(s) failed.\n` : "\nAll checks and tests passed.\n",
);
process.exit(failed.length ? 1 : 0);
