import { displayPath } from "./paths.ts";

/** Progress output: one line per step, a heartbeat during long steps, silence when quiet. */
export interface Reporter {
  info(message: string): void;
  step<T>(label: string, run: () => Promise<T>, options?: { logFile?: string }): Promise<T>;
  progress(label: string, message: string): void;
}

export function createReporter(options: { quiet?: boolean } = {}): Reporter {
  const write = (line: string) => {
    if (!options.quiet) process.stdout.write(line + "\n");
  };
  const heartbeatMs = process.stdout.isTTY ? 5_000 : 15_000;

  return {
    info: write,
    progress(label, message) {
      write(`  ${label}: ${message}`);
    },
    async step(label, run, stepOptions = {}) {
      const started = Date.now();
      const where = stepOptions.logFile ? ` (log: ${displayPath(stepOptions.logFile)})` : "";
      write(`• ${label}…${where}`);
      const timer = setInterval(() => {
        write(`  … ${label}: still working (${seconds(started)})`);
      }, heartbeatMs);
      try {
        const result = await run();
        write(`✔ ${label} (${seconds(started)})`);
        return result;
      } finally {
        clearInterval(timer);
      }
    },
  };
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
