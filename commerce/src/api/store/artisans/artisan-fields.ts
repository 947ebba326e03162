/** Public fields of an artisan. */
export const STORE_ARTISAN_FIELDS = [
  "id",
  "handle",
  "display_name",
  "village_handle",
  "ethnic_group",
  "title",
  "crafts",
  "bio",
  "photo_url",
];
