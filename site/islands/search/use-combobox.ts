import { useEffect, useRef, useState } from "react";

interface Options {
  input: HTMLInputElement;
  listId: string;
  /** Where each option leads, in list order. */
  hrefs: string[];
  /** Whether there is something to show (a query and an answer). */
  hasOptions: boolean;
  /** Called (debounced) with each change of the text. */
  onQuery: (query: string) => void;
}

const optionId = (listId: string, index: number) => `${listId}-option-${index}`;
/** Keystrokes closer together than this make one search. */
const DEBOUNCE_MS = 120;

/**
 * The ARIA 1.2 combobox pattern on the header's own `<input>` (it exists before any JavaScript):
 * typing opens the list, ArrowDown/ArrowUp move through the options (aria-activedescendant, focus stays
 * in the input), Enter opens the chosen option or else submits the form to the search page, Escape
 * and leaving the field close the list.
 */
export function useCombobox({ input, listId, hrefs, hasOptions, onQuery }: Options) {
  const [active, setActiveState] = useState(-1);
  const [open, setOpenState] = useState(false);
  // Key presses can come faster than renders: the handlers read and write these refs at once.
  const activeRef = useRef(-1);
  const openRef = useRef(false);
  const setActive = (value: number) => {
    activeRef.current = value;
    setActiveState(value);
  };
  const setOpen = (value: boolean) => {
    openRef.current = value;
    setOpenState(value);
  };
  const latest = useRef({ hrefs, onQuery });
  latest.current = { hrefs, onQuery };
  const expanded = open && hasOptions;

  useEffect(() => {
    let timer: number | undefined;
    const search = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current.onQuery(input.value), DEBOUNCE_MS);
    };
    const onInput = () => {
      setOpen(input.value.trim() !== "");
      setActive(-1);
      search();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const options = latest.current.hrefs;
      const current = activeRef.current;
      const isOpen = openRef.current;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (options.length === 0) return;
        event.preventDefault();
        setOpen(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive(
          isOpen ? (current + step + options.length) % options.length : step > 0 ? 0 : options.length - 1,
        );
      } else if (event.key === "Enter" && isOpen && current >= 0 && options[current]) {
        event.preventDefault();
        window.location.assign(options[current]);
      } else if (event.key === "Escape" && isOpen) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    };
    const onFocus = () => setOpen(input.value.trim() !== "");
    const onBlur = () => {
      setOpen(false);
      setActive(-1);
    };
    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKeyDown);
    input.addEventListener("focus", onFocus);
    input.addEventListener("blur", onBlur);
    // Words typed before this code arrived are searched at once.
    if (input.value.trim() && document.activeElement === input) {
      setOpen(true);
      latest.current.onQuery(input.value);
    }
    return () => {
      window.clearTimeout(timer);
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKeyDown);
      input.removeEventListener("focus", onFocus);
      input.removeEventListener("blur", onBlur);
    };
  }, [input]);

  useEffect(() => {
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", String(expanded));
    if (expanded && active >= 0) input.setAttribute("aria-activedescendant", optionId(listId, active));
    else input.removeAttribute("aria-activedescendant");
  }, [input, listId, expanded, active]);

  return { expanded, active, optionId: (index: number) => optionId(listId, index) };
}
