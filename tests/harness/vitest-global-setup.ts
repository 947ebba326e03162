import type { TestProject } from "vitest/node";
import { sharedTestStack, startTestStack, type TestStackInfo } from "./test-stack.ts";

declare module "vitest" {
  export interface ProvidedContext {
    stack: TestStackInfo;
  }
}

/** Reuses the stack `npm test` started, or starts one for this run and stops it afterwards. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const shared = sharedTestStack();
  if (shared) {
    project.provide("stack", shared);
    return undefined;
  }
  const { info, dispose } = await startTestStack();
  project.provide("stack", info);
  return dispose;
}
