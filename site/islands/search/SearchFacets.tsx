import { useEffect, useState, type ComponentProps } from "react";
import { useClearRefinements } from "react-instantsearch";
import { LIST_FACETS, type SearchTarget } from "../../lib/search/routing.ts";
import { FacetList } from "./FacetList.tsx";
import { PriceRange } from "./PriceRange.tsx";
import { SortSelect } from "./SortSelect.tsx";
import { StockToggle } from "./StockToggle.tsx";
import type { FacetLabels, SearchPageProps } from "./search-props.ts";
import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  target: SearchTarget;
  labels: FacetLabels;
  currency: SearchPageProps["currency"];
}

/** Wide screens show the filters beside the results; phones fold them away under one button. */
const WIDE = "(min-width: 56rem)";

function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const onChange = () => setWide(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return wide;
}

/** Facets with counts, price range, sort and "clear all", in a panel that folds on phones. */
export function SearchFacets({ t, target, labels, currency }: Props) {
  const wide = useWideScreen();
  const [open, setOpen] = useState(wide);
  useEffect(() => setOpen(wide), [wide]);
  const clear = useClearRefinements();
  const named = (field: keyof FacetLabels) => (value: string) => labels[field][value] ?? value;
  const stars = (value: string) => t("search.filters.ocopStars", { stars: value });
  const lists: Omit<ComponentProps<typeof FacetList>, "t">[] = [
    { attribute: LIST_FACETS.craft, legend: t("search.filters.craft"), labelOf: named("craft") },
    {
      attribute: LIST_FACETS.ethnic,
      legend: t("search.filters.ethnicGroup"),
      labelOf: named("ethnic_group"),
    },
    { attribute: LIST_FACETS.village, legend: t("search.filters.village"), labelOf: named("village") },
    { attribute: LIST_FACETS.artisan, legend: t("search.filters.artisan"), labelOf: named("artisan") },
    { attribute: LIST_FACETS.ocop, legend: t("search.filters.ocop"), labelOf: stars, sortBy: ["name:desc"] },
  ];

  return (
    <details
      className="search-filters"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="search-filters"
    >
      <summary>{t("search.filters.title")}</summary>
      <SortSelect t={t} target={target} />
      {lists.map((list) => (
        <FacetList key={list.attribute} t={t} {...list} />
      ))}
      <StockToggle t={t} />
      <PriceRange t={t} attribute={target.priceField} currency={currency} />
      {clear.canRefine && (
        <p>
          <button
            type="button"
            className="button--secondary"
            onClick={clear.refine}
            data-testid="search-clear"
          >
            {t("search.filters.clear")}
          </button>
        </p>
      )}
    </details>
  );
}
