import { useEffect } from "react";
import { useInstantSearch } from "react-instantsearch";
import { isSearchUnavailable } from "../../lib/search/browser-client.ts";

/** How often a failed search is tried again while search is down. */
export const RETRY_MS = 10_000;

interface Props {
  /** Told whether the last search of its `<InstantSearch>` failed; `false` again when one succeeds. */
  onChange: (unavailable: boolean) => void;
}

/**
 * Watches the search errors of the `<InstantSearch>` it sits in: catches them (no uncaught error),
 * reports them, and refreshes every RETRY_MS while they last, so search comes back by itself. A new
 * keystroke searches again anyway. Renders nothing.
 */
export function SearchHealth({ onChange }: Props) {
  const { error, refresh } = useInstantSearch({ catchError: true });
  const failed = error !== undefined;

  useEffect(() => {
    if (error && !isSearchUnavailable(error)) console.error("Search failed:", error);
  }, [error]);

  useEffect(() => {
    onChange(failed);
    if (!failed) return undefined;
    const timer = window.setInterval(refresh, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [failed, onChange, refresh]);

  useEffect(() => () => onChange(false), [onChange]);
  return null;
}
