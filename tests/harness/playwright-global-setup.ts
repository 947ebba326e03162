import { sharedTestStack, startTestStack, TEST_STACK_ENV } from "./test-stack.ts";

/** Reuses the stack `npm test` started, or starts one; tests read it with `sharedTestStack()`. */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (sharedTestStack()) return undefined;
  const { info, dispose } = await startTestStack();
  process.env[TEST_STACK_ENV] = JSON.stringify(info);
  return dispose;
}
