import { useSortBy } from "react-instantsearch";
import { SORTS, sortIndexName, type SearchTarget } from "../../lib/search/routing.ts";
import type { SearchText } from "./search-strings.ts";

/** Relevance, price up, price down, newest: each a sort order of the products index. */
export function SortSelect({ t, target }: { t: SearchText; target: SearchTarget }) {
  const { currentRefinement, options, refine } = useSortBy({
    items: [
      { value: target.indexName, label: t("search.sort.relevance") },
      ...SORTS.map((sort) => ({ value: sortIndexName(target, sort), label: t(`search.sort.${sort}`) })),
    ],
  });
  return (
    <p className="field search-sort">
      <label htmlFor="search-sort">{t("search.sort.label")}</label>
      <select
        id="search-sort"
        value={currentRefinement}
        data-testid="search-sort"
        onChange={(event) => refine(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}
