/**
 * The artisan's own columns, as query.graph paths: what every reader of an artisan (store and admin
 * routes, the search indexes) starts from, adding the timestamps and links it needs.
 */
export const ARTISAN_COLUMNS = [
  "id",
  "handle",
  "display_name",
  "village_handle",
  "ethnic_group",
  "crafts",
  "title",
  "bio",
  "photo_url",
  "metadata",
] as const;
