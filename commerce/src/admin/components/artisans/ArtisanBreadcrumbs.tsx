import { useArtisan } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";

/** "Nghệ nhân" in the dashboard's breadcrumbs. */
export function ArtisansBreadcrumb() {
  const { t } = useT();
  return <span>{t("artisans.heading")}</span>;
}

/** The artisan's name in the breadcrumbs (from the query the page itself runs). */
export function ArtisanBreadcrumb({ id }: { id: string }) {
  const { data } = useArtisan(id);
  return <span>{data?.display_name ?? id}</span>;
}
