import { usePagination } from "react-instantsearch";
import type { SearchText } from "./search-strings.ts";

/** Numbered pages as real links (the URL of each page), driven by InstantSearch when JavaScript runs. */
export function SearchPagination({ t }: { t: SearchText }) {
  const { pages, currentRefinement, nbPages, isFirstPage, isLastPage, refine, createURL } = usePagination({
    padding: 1,
  });
  if (nbPages <= 1) return null;
  const go = (page: number) => (event: React.MouseEvent) => {
    event.preventDefault();
    refine(page);
    document.getElementById("search-products")?.scrollIntoView({ block: "start" });
  };
  return (
    <nav
      className="search-pagination"
      aria-label={t("search.pagination.label")}
      data-testid="search-pagination"
    >
      <ul>
        {!isFirstPage && (
          <li>
            <a href={createURL(currentRefinement - 1)} rel="prev" onClick={go(currentRefinement - 1)}>
              {t("search.pagination.previous")}
            </a>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            <a
              href={createURL(page)}
              aria-current={page === currentRefinement ? "page" : undefined}
              aria-label={t("search.pagination.page", { page: page + 1 })}
              onClick={go(page)}
            >
              {page + 1}
            </a>
          </li>
        ))}
        {!isLastPage && (
          <li>
            <a href={createURL(currentRefinement + 1)} rel="next" onClick={go(currentRefinement + 1)}>
              {t("search.pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
