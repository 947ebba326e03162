/**
 * An error a person can act on: which part failed, what happened, and what to do.
 * The orchestrator prints these without a stack trace.
 */
export class StackError extends Error {
  readonly part: string;
  readonly fix: string;
  readonly details: string | undefined;

  constructor(part: string, message: string, fix: string, details?: string) {
    super(`${part}: ${message}`);
    this.name = "StackError";
    this.part = part;
    this.fix = fix;
    this.details = details;
  }
}

export function formatStackError(error: unknown): string {
  if (error instanceof StackError) {
    const lines = [`✖ ${error.message}`, `  What to do: ${error.fix}`];
    if (error.details) {
      lines.push("  Last lines of its log:", ...indent(error.details, "    | "));
    }
    return lines.join("\n");
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `✖ Unexpected error while running the stack:\n${text}`;
}

function indent(text: string, prefix: string): string[] {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => prefix + line);
}
