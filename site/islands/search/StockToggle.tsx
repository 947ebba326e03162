import { useToggleRefinement } from "react-instantsearch";
import { STOCK_FIELD } from "../../lib/search/routing.ts";
import type { SearchText } from "./search-strings.ts";

/** "Only pieces in stock": a checkbox on the `in_stock` field. */
export function StockToggle({ t }: { t: SearchText }) {
  const { value, refine } = useToggleRefinement({ attribute: STOCK_FIELD, on: true });
  return (
    <fieldset className="search-facet" data-testid={`facet-${STOCK_FIELD}`}>
      <legend>{t("search.filters.stock")}</legend>
      <label>
        <input
          type="checkbox"
          checked={value.isRefined}
          onChange={() => refine({ isRefined: value.isRefined })}
        />
        <span className="search-facet__label">{t("search.filters.inStock")}</span>
        {value.onFacetValue.count !== null && (
          <span className="search-facet__count">{value.onFacetValue.count}</span>
        )}
      </label>
    </fieldset>
  );
}
