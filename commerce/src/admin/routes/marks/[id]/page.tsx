import { useParams } from "react-router-dom";
import { DetailPage } from "../../../components/common/DetailPage";
import { MarkBreadcrumb } from "../../../components/marks/MarkBreadcrumbs";
import { MarkDetails } from "../../../components/marks/MarkDetails";
import { MarkMembers } from "../../../components/marks/MarkMembers";
import { useMark } from "../../../hooks/use-marks";

/** /app/marks/:id: a mark, its members with their periods and status today; authorise, end early. */
const MarkPage = () => {
  const { id = "" } = useParams();
  const query = useMark(id);

  return (
    <DetailPage query={query}>
      {(mark) => (
        <div className="flex flex-col gap-y-3">
          <MarkDetails mark={mark} />
          <MarkMembers mark={mark} />
        </div>
      )}
    </DetailPage>
  );
};

export const handle = {
  breadcrumb: ({ params }: { params: { id?: string } }) => <MarkBreadcrumb id={params.id ?? ""} />,
};

export default MarkPage;
