import type { BaseHit, Hit } from "instantsearch.js";
import { useCallback, useId, useMemo } from "react";
import { Configure, Index, InstantSearch, useInstantSearch, useSearchBox } from "react-instantsearch";
import type { ProductDocument } from "../../../search-config/products.ts";
import type { VillageDocument } from "../../../search-config/villages.ts";
import { browserSearchClient } from "../../lib/search/browser-client.ts";
import { skipEmptyQueries } from "./skip-empty-queries.ts";
import { SuggestionList } from "./SuggestionList.tsx";
import { searchStrings, pluralText } from "./search-strings.ts";
import type { SuggestConfig, Suggestion, SuggestionGroup } from "./suggestion-types.ts";
import { useCombobox } from "./use-combobox.ts";
import "./suggest.css";

/** The artisans index's fields the suggestions show (Medusa's `artisans` index). */
interface ArtisanFields {
  handle: string;
  name: string;
  village_name?: string | null;
}

const PRODUCTS = 4;
const OTHERS = 3;

function hitsOf<T>(
  scoped: ReturnType<typeof useInstantSearch>["scopedResults"],
  indexId: string,
): Hit<T & BaseHit>[] {
  const results = scoped.find((scope) => scope.indexId === indexId)?.results;
  return results && !results.__isArtificial ? (results.hits as Hit<T & BaseHit>[]) : [];
}

function Combobox({ input, config }: { input: HTMLInputElement; config: SuggestConfig }) {
  const t = searchStrings(config.locale);
  const listId = useId();
  const { query, refine } = useSearchBox();
  const { scopedResults, error, status } = useInstantSearch({ catchError: true });
  const { paths } = config;

  const groups: SuggestionGroup[] = useMemo(() => {
    const products = hitsOf<ProductDocument>(scopedResults, config.productIndex).map((hit) => ({
      id: `p-${hit.objectID}`,
      label: hit.title,
      hit,
      attribute: "title",
      detail: [hit.artisan_name, hit.village_name].filter(Boolean).join(", "),
      href: `${paths.products}/${hit.handle}`,
    }));
    // The index holds both languages; the query asks for the page's, and the hits are held to it too, so
    // an answer to a query made without the filter can never list a village twice.
    const villages = hitsOf<VillageDocument>(scopedResults, config.villageIndex)
      .filter((hit) => hit.lang === config.locale)
      .map((hit) => ({
        id: `v-${hit.objectID}`,
        label: hit.name,
        hit,
        attribute: "name",
        detail: hit.ethnic_group_name,
        href: hit.url,
      }));
    const artisans = config.artisanIndex
      ? hitsOf<ArtisanFields>(scopedResults, config.artisanIndex).map((hit) => ({
          id: `a-${hit.objectID}`,
          label: hit.name,
          hit,
          attribute: "name",
          detail: hit.village_name ?? undefined,
          href: `${paths.artisans}/${hit.handle}`,
        }))
      : [];
    const all: SuggestionGroup[] = [
      { key: "products", label: t("search.suggest.products"), options: products },
      { key: "villages", label: t("search.suggest.villages"), options: villages },
      { key: "artisans", label: t("search.suggest.artisans"), options: artisans },
    ];
    return all.filter((group) => group.options.length > 0);
  }, [scopedResults, config, paths, t]);

  const trimmed = query.trim();
  const seeAll: Suggestion = {
    id: "all",
    label: t("search.suggest.all", { query: trimmed }),
    hit: { objectID: "all", __position: 0 } as Hit<BaseHit>,
    attribute: "label",
    href: `${paths.search}?${new URLSearchParams({ q: trimmed })}`,
  };
  const options = groups.flatMap((group) => group.options);
  const hasOptions = trimmed !== "" && error === undefined && input.value.trim() !== "";
  const onQuery = useCallback((value: string) => refine(value), [refine]);
  const { expanded, active, optionId } = useCombobox({
    input,
    listId,
    hrefs: [...options, seeAll].map((option) => option.href),
    hasOptions,
    onQuery,
  });

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {expanded
          ? options.length > 0
            ? pluralText(t, config.locale, "search.suggest.count", options.length)
            : t("search.suggest.none")
          : ""}
      </div>
      {expanded && (
        <SuggestionList
          listId={listId}
          label={t("search.label")}
          groups={groups}
          all={seeAll}
          active={active}
          optionId={optionId}
          busy={status === "loading" || status === "stalled"}
        />
      )}
    </>
  );
}

/**
 * As-you-type suggestions under the header's search box: a few products, villages and artisans for
 * the words typed. Loaded on the first focus or keystroke (mount-suggestions.tsx), never with the
 * page. When search is down it shows nothing; the form still goes to the search page.
 */
export function HeaderSuggestions({ input, config }: { input: HTMLInputElement; config: SuggestConfig }) {
  const searchClient = useMemo(() => skipEmptyQueries(browserSearchClient()), []);
  return (
    <InstantSearch
      indexName={config.productIndex}
      searchClient={searchClient}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      {/* Hits are read raw (no hits widget escapes them): both engines mark matches with <mark>. */}
      <Configure
        hitsPerPage={PRODUCTS}
        attributesToHighlight={["title", "name"]}
        highlightPreTag="<mark>"
        highlightPostTag="</mark>"
      />
      <Index indexName={config.villageIndex}>
        <Configure hitsPerPage={OTHERS} filters={`lang = "${config.locale}"`} />
      </Index>
      {config.artisanIndex && (
        <Index indexName={config.artisanIndex}>
          <Configure hitsPerPage={OTHERS} />
        </Index>
      )}
      <Combobox input={input} config={config} />
    </InstantSearch>
  );
}
