import { ARTISAN_COLUMNS } from "../../../modules/artisan/columns";

/** Fields of an artisan in the admin API (the bio's English text is under `bio_en`). */
export const ADMIN_ARTISAN_FIELDS = [...ARTISAN_COLUMNS, "created_at", "updated_at"];
