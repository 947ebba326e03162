import { useId } from "react";
import { useRefinementList } from "react-instantsearch";
import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  /** The document field, e.g. `craft`. */
  attribute: string;
  legend: string;
  /** The name people read for a value (a code or handle), in the page's language. */
  labelOf: (value: string) => string;
  sortBy?: ("count:desc" | "name:asc" | "name:desc" | "isRefined")[];
}

/** A facet as checkboxes with counts; several values of one facet widen the search (OR). */
export function FacetList({
  t,
  attribute,
  legend,
  labelOf,
  sortBy = ["isRefined", "count:desc", "name:asc"],
}: Props) {
  const id = useId();
  const { items, refine, canToggleShowMore, isShowingMore, toggleShowMore } = useRefinementList({
    attribute,
    limit: 8,
    showMore: true,
    showMoreLimit: 40,
    sortBy,
  });
  // The widget stays mounted (it keeps the refinement) even when the results leave it nothing to offer.
  if (items.length === 0) return null;
  return (
    <fieldset className="search-facet" data-testid={`facet-${attribute}`}>
      <legend>{legend}</legend>
      <ul id={id}>
        {items.map((item) => (
          <li key={item.value}>
            <label>
              <input type="checkbox" checked={item.isRefined} onChange={() => refine(item.value)} />
              <span className="search-facet__label">{labelOf(item.value)}</span>
              <span className="search-facet__count">{item.count}</span>
            </label>
          </li>
        ))}
      </ul>
      {canToggleShowMore && (
        <button
          type="button"
          className="button--secondary search-facet__more"
          aria-controls={id}
          aria-expanded={isShowingMore}
          onClick={toggleShowMore}
        >
          {isShowingMore ? t("search.filters.showLess") : t("search.filters.showMore")}
        </button>
      )}
    </fieldset>
  );
}
