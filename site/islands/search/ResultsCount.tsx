import { useInstantSearch, useStats } from "react-instantsearch";
import type { Locale } from "../../i18n/index.ts";
import { pluralText, type SearchText } from "./search-strings.ts";

/** "12 products for “tho cam”", announced politely to screen readers when it changes. */
export function ResultsCount({ t, locale }: { t: SearchText; locale: Locale }) {
  const { nbHits, query } = useStats();
  const { results } = useInstantSearch();
  // Before the first answer there is nothing to count yet.
  const text = results.__isArtificial
    ? t("search.loading")
    : query.trim()
      ? pluralText(t, locale, "search.countFor", nbHits, { query: query.trim() })
      : pluralText(t, locale, "search.count", nbHits);
  return (
    <p className="search-count" role="status" aria-live="polite" data-testid="search-count">
      {text}
    </p>
  );
}
