import { Hint, Label } from "@medusajs/ui";
import type { ReactNode } from "react";

interface FieldProps {
  label: string;
  /** Id of the control the label names. */
  htmlFor?: string;
  hint?: string;
  error?: string;
  /** Shown after the label, e.g. "(không bắt buộc)". */
  note?: string;
  children: ReactNode;
}

/** A form field: label, control, then the error (or the hint). */
export function Field({ label, htmlFor, hint, error, note, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
        {note && <span className="text-ui-fg-muted font-normal"> ({note})</span>}
      </Label>
      {children}
      {error ? <Hint variant="error">{error}</Hint> : hint && <Hint>{hint}</Hint>}
    </div>
  );
}

/** The first error at `path` or below it ("materials" finds "materials.0.name.vi"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(`${path}.`));
  return key && errors[key];
}
