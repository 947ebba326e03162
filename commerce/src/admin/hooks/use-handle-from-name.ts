import { useState } from "react";
import { suggestHandle } from "../lib/artisan-form";

/**
 * Form values whose `handle` follows the `name` field (as `suggestHandle` writes it) until the handle
 * itself is edited; `follow: false` (an edit) never touches it.
 */
export function useHandleFromName<V extends { handle: string }>(
  initial: () => V,
  name: keyof V,
  follow = true,
) {
  const [values, setValues] = useState<V>(initial);
  const [handleEdited, setHandleEdited] = useState(!follow);

  const change = (patch: Partial<V>) => {
    if (patch.handle !== undefined) setHandleEdited(true);
    setValues((previous) => {
      const next = { ...previous, ...patch };
      const typed = patch[name];
      if (!handleEdited && typeof typed === "string") next.handle = suggestHandle(typed);
      return next;
    });
  };

  return { values, change };
}
