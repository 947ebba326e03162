/** Fields of an artisan in the admin API (the bio's English text is under `bio_en`). */
export const ADMIN_ARTISAN_FIELDS = [
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
  "created_at",
  "updated_at",
];
