import { Container, Text } from "@medusajs/ui";
import { useParams } from "react-router-dom";
import { ArtisanBreadcrumb } from "../../../components/artisans/ArtisanBreadcrumbs";
import { ArtisanDetails } from "../../../components/artisans/ArtisanDetails";
import { ArtisanInviteSection } from "../../../components/artisans/ArtisanInviteSection";
import { useArtisan } from "../../../hooks/use-artisans";
import { useT } from "../../../hooks/use-t";
import { errorMessage } from "../../../lib/api-error";

/** /app/artisans/:id: one artisan, to view, edit or delete. */
const ArtisanPage = () => {
  const { id = "" } = useParams();
  const { t } = useT();
  const { data: artisan, isLoading, error } = useArtisan(id);

  if (artisan) {
    return (
      <div className="flex flex-col gap-y-3">
        <ArtisanDetails artisan={artisan} />
        <ArtisanInviteSection artisan={artisan} />
      </div>
    );
  }
  return (
    <Container className="px-6 py-4">
      <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-muted"}>
        {isLoading || !error ? t("common.loading") : t("common.loadError", { message: errorMessage(error) })}
      </Text>
    </Container>
  );
};

export const handle = {
  breadcrumb: ({ params }: { params: { id?: string } }) => <ArtisanBreadcrumb id={params.id ?? ""} />,
};

export default ArtisanPage;
