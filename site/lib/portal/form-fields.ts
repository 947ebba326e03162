/** Reading a posted portal form: text fields trimmed, and the markup that no field may hold. */

/** Something that starts an HTML tag or comment: refused in every text the artisan types. */
export const MARKUP = /<\s*[a-z!/]/i;

/** A text field of a form, trimmed ("" when absent or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** Every value of a repeated field, in order, trimmed ("" for a file). */
export function fields(form: FormData, name: string): string[] {
  return form.getAll(name).map((value) => (typeof value === "string" ? value.trim() : ""));
}
