/**
 * Meilisearch index names, declared once. Every index is derived data: it can be deleted and rebuilt
 * from Medusa (products, artisans) and the content collections (villages, stories) at any time.
 * Document shapes and `Settings` objects are declared beside each index as the search work lands.
 */
export const INDEXES = {
  products: "products",
  villages: "villages",
  artisans: "artisans",
  stories: "stories",
} as const;

export type IndexName = (typeof INDEXES)[keyof typeof INDEXES];
