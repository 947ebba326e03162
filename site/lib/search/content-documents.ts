import type { ContentLanguage } from "../../../search-config/indexes.ts";
import type { StoryDocument } from "../../../search-config/stories.ts";
import type { VillageDocument } from "../../../search-config/villages.ts";
import { CRAFT_NAMES, ETHNIC_GROUP_NAMES } from "../../i18n/vocabulary-names.ts";
import type { Story } from "../../schemas/story.ts";
import type { Village } from "../../schemas/village.ts";
import { markdownToPlainText } from "./plain-text.ts";

// Search documents from content entries: pure, so the build (site/lib/search/content-collections.ts)
// and the unit tests make the same documents. Links (page, picture) are worked out by the caller.

/** What a document links to: the entry's page and a small picture, both root-relative URLs. */
export interface DocumentLinks {
  url: string;
  imageUrl: string;
}

/** A villages entry as the collection gives it (`id` is `<locale>/<handle>`). */
export interface VillageEntry {
  id: string;
  body?: string | undefined;
  data: Pick<
    Village,
    "locale" | "name" | "ethnicGroup" | "crafts" | "place" | "summary" | "order" | "heroAlt"
  >;
}

/** A stories entry as the collection gives it, with its village already looked up. */
export interface StoryEntry {
  id: string;
  body?: string | undefined;
  data: Pick<Story, "locale" | "title" | "description" | "publishedAt" | "artisan" | "craft" | "coverAlt">;
}

/** The village a story is about, in the story's language. */
export interface StoryVillage {
  handle: string;
  name: string;
  ethnicGroup: Village["ethnicGroup"];
}

/** `"vi/kon-klor"` → `"kon-klor"`. */
function handleOfId(id: string): string {
  return id.slice(id.indexOf("/") + 1);
}

/** The primary key: `<lang>-<handle>` (Meilisearch ids allow letters, digits, `-` and `_`). */
export function documentId(lang: ContentLanguage, handle: string): string {
  return `${lang}-${handle}`;
}

/** Village, commune, province and area as one searchable line, e.g. "Làng Kon Klor, Quảng Ngãi · …". */
function placeLine(place: Village["place"]): string {
  return [[place.village, place.commune, place.province].filter(Boolean).join(", "), place.area].join(" · ");
}

export function villageDocument(entry: VillageEntry, links: DocumentLinks): VillageDocument {
  const { data } = entry;
  const lang = data.locale;
  const handle = handleOfId(entry.id);
  return {
    id: documentId(lang, handle),
    handle,
    lang,
    name: data.name,
    summary: data.summary,
    body: markdownToPlainText(entry.body ?? ""),
    place: placeLine(data.place),
    ethnic_group: data.ethnicGroup,
    ethnic_group_name: ETHNIC_GROUP_NAMES[lang][data.ethnicGroup],
    crafts: [...data.crafts],
    craft_names: data.crafts.map((craft) => CRAFT_NAMES[lang][craft]),
    image_url: links.imageUrl,
    image_alt: data.heroAlt,
    url: links.url,
    order: data.order,
  };
}

export function storyDocument(entry: StoryEntry, village: StoryVillage, links: DocumentLinks): StoryDocument {
  const { data } = entry;
  const lang = data.locale;
  const handle = handleOfId(entry.id);
  return {
    id: documentId(lang, handle),
    handle,
    lang,
    title: data.title,
    excerpt: data.description,
    body: markdownToPlainText(entry.body ?? ""),
    village: village.handle,
    village_name: village.name,
    ethnic_group: village.ethnicGroup,
    ethnic_group_name: ETHNIC_GROUP_NAMES[lang][village.ethnicGroup],
    crafts: [data.craft],
    craft_names: [CRAFT_NAMES[lang][data.craft]],
    artisan: data.artisan ?? null,
    image_url: links.imageUrl,
    image_alt: data.coverAlt,
    url: links.url,
    published_at: Math.floor(data.publishedAt.getTime() / 1000),
  };
}
