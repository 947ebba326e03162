import { StackError } from "./errors.ts";
import { tailOfFile, type ManagedChild } from "./child-process.ts";
import { displayPath } from "./paths.ts";

interface WaitOptions {
  part: string;
  url: string;
  /** The process that should answer; if it exits first we stop waiting. */
  child?: ManagedChild;
  timeoutMs?: number;
  headers?: Record<string, string>;
  accept?: (response: Response) => boolean | Promise<boolean>;
  fix: string;
}

/** Polls a health URL until it answers, the child dies, or time runs out: never hangs. */
export async function waitForHealthy(options: WaitOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  const accept = options.accept ?? ((response: Response) => response.ok);
  while (Date.now() < deadline) {
    if (options.child && !options.child.isRunning()) {
      const { code, signal } = await options.child.exited;
      throw new StackError(
        options.part,
        `stopped while starting (${signal ? `signal ${signal}` : `exit code ${code}`}); log in ${displayPath(options.child.logFile)}`,
        options.fix,
        tailOfFile(options.child.logFile),
      );
    }
    let response: Response | undefined;
    try {
      response = await fetch(options.url, {
        headers: { "accept-encoding": "identity", ...options.headers },
        signal: AbortSignal.timeout(5_000),
      });
    } catch {
      // Not listening yet.
    }
    if (response?.status === 503) {
      // The part runs but reports a problem it cannot get over by waiting (e.g. a bad setting).
      const body = await response.text();
      throw new StackError(options.part, `reports a problem on ${options.url}: ${body}`, options.fix);
    }
    if (response && (await accept(response))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StackError(
    options.part,
    `did not answer ${options.url} in time`,
    options.fix,
    options.child ? tailOfFile(options.child.logFile) : undefined,
  );
}
