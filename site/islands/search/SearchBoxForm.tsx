import { useEffect, useState } from "react";
import { useSearchBox } from "react-instantsearch";
import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  /** Where the form goes without JavaScript: the search page (`?q=`). */
  action: string;
}

/**
 * The search page's box: a real GET form (`?q=`) that InstantSearch drives once it runs; each
 * keystroke searches. Follows the URL when the back button changes the query.
 */
export function SearchBoxForm({ t, action }: Props) {
  const { query, refine } = useSearchBox();
  const [value, setValue] = useState(query);
  useEffect(() => setValue(query), [query]);

  return (
    <form
      className="search-form"
      role="search"
      aria-label={t("search.title")}
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        refine(value);
      }}
    >
      <label htmlFor="search-page-q">{t("search.label")}</label>
      <div className="search-form__row">
        <input
          id="search-page-q"
          name="q"
          type="search"
          value={value}
          placeholder={t("search.placeholder")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          data-testid="search-input"
          onChange={(event) => {
            setValue(event.currentTarget.value);
            refine(event.currentTarget.value);
          }}
        />
        <button type="submit">{t("search.submit")}</button>
      </div>
    </form>
  );
}
