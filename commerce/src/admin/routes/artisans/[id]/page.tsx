import { useParams } from "react-router-dom";
import { DetailPage } from "../../../components/common/DetailPage";
import { ArtisanBreadcrumb } from "../../../components/artisans/ArtisanBreadcrumbs";
import { ArtisanDetails } from "../../../components/artisans/ArtisanDetails";
import { ArtisanInviteSection } from "../../../components/artisans/ArtisanInviteSection";
import { useArtisan } from "../../../hooks/use-artisans";

/** /app/artisans/:id: one artisan, to view, edit or delete. */
const ArtisanPage = () => {
  const { id = "" } = useParams();
  const query = useArtisan(id);

  return (
    <DetailPage query={query}>
      {(artisan) => (
        <div className="flex flex-col gap-y-3">
          <ArtisanDetails artisan={artisan} />
          <ArtisanInviteSection artisan={artisan} />
        </div>
      )}
    </DetailPage>
  );
};

export const handle = {
  breadcrumb: ({ params }: { params: { id?: string } }) => <ArtisanBreadcrumb id={params.id ?? ""} />,
};

export default ArtisanPage;
