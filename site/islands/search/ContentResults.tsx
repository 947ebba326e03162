import type { ReactNode } from "react";
import { Configure, Highlight, Index, InstantSearch, useHits, useInstantSearch } from "react-instantsearch";
import type { StoryDocument } from "../../../search-config/stories.ts";
import type { VillageDocument } from "../../../search-config/villages.ts";
import type { Locale } from "../../i18n/index.ts";
import { browserSearchClient } from "../../lib/search/browser-client.ts";
import { SearchHealth } from "./SearchHealth.tsx";
import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  locale: Locale;
  /** The text typed on the page; the section shows nothing without one. */
  query: string;
  villageIndex: string;
  storyIndex: string;
  onUnavailable: (unavailable: boolean) => void;
}

/** How many villages and stories the section shows: a few, above the products. */
const PER_KIND = 2;

interface ContentHit {
  objectID: string;
  url: string;
  image_url: string;
  summary: string;
  /** The name or headline, the matched words marked. */
  title: ReactNode;
}

function ContentList({ heading, items, testId }: { heading: string; items: ContentHit[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div className="search-content__kind" data-testid={testId}>
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.objectID} className="search-content__hit">
            <img src={item.image_url} alt="" width={64} height={64} loading="lazy" decoding="async" />
            <div>
              <a href={item.url}>{item.title}</a>
              <p>{item.summary}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Villages({ t }: { t: SearchText }) {
  const { items } = useHits<VillageDocument>();
  const hits = items.map((hit) => ({
    objectID: hit.objectID,
    url: hit.url,
    image_url: hit.image_url,
    summary: hit.summary,
    title: <Highlight attribute="name" hit={hit} />,
  }));
  return <ContentList heading={t("search.content.villages")} items={hits} testId="search-villages" />;
}

function Stories({ t }: { t: SearchText }) {
  const { items } = useHits<StoryDocument>();
  const hits = items.map((hit) => ({
    objectID: hit.objectID,
    url: hit.url,
    image_url: hit.image_url,
    summary: hit.excerpt,
    title: <Highlight attribute="title" hit={hit} />,
  }));
  return <ContentList heading={t("search.content.stories")} items={hits} testId="search-stories" />;
}

/** The section, hidden while no village or story matches (its widgets stay mounted). */
function ContentSection({ heading, children }: { heading: string; children: ReactNode }) {
  const { scopedResults } = useInstantSearch();
  const found = scopedResults.some(({ results }) => results && !results.__isArtificial && results.nbHits > 0);
  return (
    <section className="search-content" aria-labelledby="search-content-heading" hidden={!found}>
      <h2 id="search-content-heading">{heading}</h2>
      {children}
    </section>
  );
}

/**
 * Villages and stories that match the query, in the page's language: its own `<InstantSearch>` (the
 * products' facets must not reach these indexes), read through `/search-api`.
 */
export function ContentResults({ t, locale, query, villageIndex, storyIndex, onUnavailable }: Props) {
  return (
    <InstantSearch
      indexName={villageIndex}
      searchClient={browserSearchClient()}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure query={query} filters={`lang = "${locale}"`} hitsPerPage={PER_KIND} />
      <SearchHealth onChange={onUnavailable} />
      <ContentSection heading={t("search.content.title")}>
        <Villages t={t} />
        <Index indexName={storyIndex}>
          <Stories t={t} />
        </Index>
      </ContentSection>
    </InstantSearch>
  );
}
