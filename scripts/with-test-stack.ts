/**
 * `npm run with-test-stack -- <command> [args…]`: starts the test stack (as `npm test` does), runs one
 * command with KONTUM_TEST_STACK set, then stops the stack. For running a few tests while working:
 * `npm run with-test-stack -- npx vitest run --project integration tests/integration/commerce-catalog.test.ts`.
 */
import { spawn } from "node:child_process";
import { startTestStack, TEST_STACK_ENV } from "../tests/harness/test-stack.ts";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("Usage: npm run with-test-stack -- <command> [args…]\n");
  process.exit(2);
}
const stack = await startTestStack();
const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, [TEST_STACK_ENV]: JSON.stringify(stack.info) },
});
const code = await new Promise<number>((resolve) => child.once("close", (status) => resolve(status ?? 1)));
await stack.dispose();
process.exit(code);
