import { existsSync, readFileSync } from "node:fs";

/** Waits until a log file has a line matching `pattern`; returns that line. */
export async function waitForLine(file: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const line = readFileSync(file, "utf8")
        .split("\n")
        .find((l) => pattern.test(l));
      if (line) return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no line matching ${pattern} in ${file} within ${timeoutMs / 1000} s`);
}
