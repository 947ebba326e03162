import type { StoryDocument } from "./stories.ts";
import type { VillageDocument } from "./villages.ts";

/**
 * Every Meilisearch index, declared once, with who writes it and how the browser reads it. Every index is
 * derived data: it can be deleted and rebuilt from Medusa (products, artisans) or the content collections
 * (villages, stories) at any time. Document types and `Settings` objects sit beside each index
 * (products.ts, artisans.ts, villages.ts, stories.ts).
 *
 * - `medusa`: Medusa's Search Module (commerce/src/search/*.ts) keeps the index in sync through events and
 *   versions the physical index (`<uid>_v<N>`), swapping in a rebuilt one when a definition changes. The
 *   browser reads it through Medusa's `/store/search` (published products of the key's sales channels only).
 * - `content-indexer`: scripts/search/content-indexer.ts writes the stable index `<uid>` from the
 *   collections (one document per entry and language, `lang` field) and swaps in a rebuilt index when its
 *   settings change. The browser reads it through the storefront's `/search-api` proxy (search-only key).
 */
export const INDEXES = {
  products: { uid: "products", writer: "medusa", language: "vi", readThrough: "/store/search" },
  "products-en-US": { uid: "products-en-US", writer: "medusa", language: "en", readThrough: "/store/search" },
  artisans: { uid: "artisans", writer: "medusa", language: "vi", readThrough: "/store/search" },
  villages: {
    uid: "villages",
    writer: "content-indexer",
    language: "lang field",
    readThrough: "/search-api",
  },
  stories: { uid: "stories", writer: "content-indexer", language: "lang field", readThrough: "/search-api" },
} as const satisfies Record<string, IndexDeclaration>;

export interface IndexDeclaration {
  /** The name the code uses (for Medusa's indexes, the physical index is `<uid>_v<N>`). */
  uid: string;
  /** Who writes the documents. */
  writer: "medusa" | "content-indexer";
  /** The language of the texts: one per index, or both with a `lang` field on each document. */
  language: "vi" | "en" | "lang field";
  /** The same-origin route the browser searches it through. */
  readThrough: "/store/search" | "/search-api";
}

export type IndexName = keyof typeof INDEXES;

/** The indexes the content indexer writes and the `/search-api` proxy lets the browser search. */
export const CONTENT_INDEXES = ["villages", "stories"] as const satisfies readonly IndexName[];
export type ContentIndexName = (typeof CONTENT_INDEXES)[number];

/**
 * What the search-only key may read: the content indexes, and the patterns of Medusa's versioned indexes
 * (`products_v3`, `products-en-US_v3`, `artisans_v2`) so that a direct read path could use the same key.
 * The storefront holds this key on the server only; the browser holds no Meilisearch key at all.
 */
export const SEARCH_KEY_INDEXES: readonly string[] = [...CONTENT_INDEXES, "products*", "artisans*"];

/** The languages of the content documents (`lang` field), the site's locales. */
export const CONTENT_LANGUAGES = ["vi", "en"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** What the content indexer writes: every document of each content index, both languages. */
export interface ContentDocuments {
  villages: VillageDocument[];
  stories: StoryDocument[];
}

/**
 * Localized attributes of the content indexes. One index holds both languages, and the English texts
 * carry Vietnamese names ("Xơ Đăng", "gùi"), so any text field may be in either: restrict Meilisearch's
 * language detection to Vietnamese and English, so a short text is never tokenized as another language.
 * (Diacritics fold either way: "tho cam" finds "thổ cẩm", "Xo Dang" finds "Xơ Đăng".)
 */
export const CONTENT_LOCALIZED_ATTRIBUTES = [{ attributePatterns: ["*"], locales: ["vie", "eng"] }];
