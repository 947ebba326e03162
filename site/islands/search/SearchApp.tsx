import { useCallback, useMemo, useState } from "react";
import { Configure, InstantSearch, useInstantSearch } from "react-instantsearch";
import { browserSearchClient } from "../../lib/search/browser-client.ts";
import { searchRouting, type SearchTarget } from "../../lib/search/routing.ts";
import { ContentResults } from "./ContentResults.tsx";
import { EmptyState } from "./EmptyState.tsx";
import { ProductHits } from "./ProductHits.tsx";
import { ResultsCount } from "./ResultsCount.tsx";
import { SearchBoxForm } from "./SearchBoxForm.tsx";
import { SearchFacets } from "./SearchFacets.tsx";
import { SearchHealth } from "./SearchHealth.tsx";
import { SearchPagination } from "./SearchPagination.tsx";
import type { SearchPageProps } from "./search-props.ts";
import { searchStrings, type SearchText } from "./search-strings.ts";
import { Unavailable } from "./Unavailable.tsx";
import "./search.css";

/** Products per page: four rows of two on a phone. */
const HITS_PER_PAGE = 12;

/** Villages and stories for the query the products are searched with (it lives in the URL state). */
function ContentForQuery(props: Omit<Parameters<typeof ContentResults>[0], "query">) {
  const { indexUiState } = useInstantSearch();
  const query = indexUiState.query?.trim() ?? "";
  return query ? <ContentResults {...props} query={query} /> : null;
}

interface ProductResultsProps extends SearchPageProps {
  t: SearchText;
  target: SearchTarget;
}

function ProductResults({ t, target, labels, currency, locale, paths }: ProductResultsProps) {
  return (
    <div className="search-layout">
      <SearchFacets t={t} target={target} labels={labels} currency={currency} />
      <section className="search-products" aria-labelledby="search-products">
        <h2 id="search-products">{t("search.products")}</h2>
        <ResultsCount t={t} locale={locale} />
        <ProductHits t={t} locale={locale} currency={currency} products={paths.products} />
        <EmptyState t={t} paths={paths} />
        <SearchPagination t={t} />
      </section>
    </div>
  );
}

/**
 * The search page: products (Medusa's index of the page's language) with facets, price range, sort and
 * pagination, state in the URL; villages and stories for the same words above them. When a backend
 * cannot be reached the root says `data-search-state="unavailable"`, a message links to the catalogue,
 * and searches are retried (SearchHealth).
 */
export default function SearchApp(props: SearchPageProps) {
  const t = searchStrings(props.locale);
  const target = useMemo<SearchTarget>(
    () => ({
      indexName: props.productIndex,
      priceField: props.currency === "usd" ? "price_usd" : "price_vnd",
    }),
    [props.productIndex, props.currency],
  );
  const routing = useMemo(() => searchRouting(target), [target]);
  const [productsDown, setProductsDown] = useState(false);
  const [contentDown, setContentDown] = useState(false);
  const onProducts = useCallback((down: boolean) => setProductsDown(down), []);
  const onContent = useCallback((down: boolean) => setContentDown(down), []);
  const unavailable = productsDown || contentDown;

  return (
    <div
      className="search-app"
      data-search-state={unavailable ? "unavailable" : "ready"}
      data-testid="search-app"
    >
      <InstantSearch
        indexName={props.productIndex}
        searchClient={browserSearchClient()}
        routing={routing}
        future={{ preserveSharedStateOnUnmount: true }}
      >
        <Configure hitsPerPage={HITS_PER_PAGE} attributesToHighlight={["title"]} maxValuesPerFacet={40} />
        <SearchHealth onChange={onProducts} />
        <SearchBoxForm t={t} action={props.paths.search} />
        {unavailable && <Unavailable t={t} catalogue={props.paths.products} />}
        <ContentForQuery
          t={t}
          locale={props.locale}
          villageIndex={props.villageIndex}
          storyIndex={props.storyIndex}
          onUnavailable={onContent}
        />
        <div hidden={productsDown}>
          <ProductResults {...props} t={t} target={target} />
        </div>
      </InstantSearch>
    </div>
  );
}
