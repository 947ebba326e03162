import { useClearRefinements, useInstantSearch } from "react-instantsearch";
import type { SearchPaths } from "./search-props.ts";
import type { SearchText } from "./search-strings.ts";

/**
 * Nothing matched: say what was searched, offer to drop the filters, give tips (accents are
 * optional, English works) and ways to browse instead. Only after an answer, never while loading.
 */
export function EmptyState({ t, paths }: { t: SearchText; paths: SearchPaths }) {
  const { results } = useInstantSearch();
  const clear = useClearRefinements();
  if (!results || results.__isArtificial || results.nbHits > 0) return null;
  const query = results.query.trim();
  return (
    <div className="search-empty" data-testid="search-empty">
      <p className="search-empty__title">
        {query ? t("search.empty.title", { query }) : t("search.empty.titleFiltered")}
      </p>
      {clear.canRefine && (
        <p>
          <button type="button" onClick={clear.refine}>
            {t("search.empty.removeFilters")}
          </button>
        </p>
      )}
      <h3>{t("search.empty.tipsTitle")}</h3>
      <ul>
        <li>{t("search.empty.tipAccents")}</li>
        <li>{t("search.empty.tipWords")}</li>
        <li>{t("search.empty.tipEnglish")}</li>
      </ul>
      <ul className="search-empty__links">
        <li>
          <a href={paths.villages}>{t("search.empty.villages")}</a>
        </li>
        <li>
          <a href={paths.products}>{t("search.empty.catalogue")}</a>
        </li>
      </ul>
    </div>
  );
}
