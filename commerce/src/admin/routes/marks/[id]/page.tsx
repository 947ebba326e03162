import { Container, Text } from "@medusajs/ui";
import { useParams } from "react-router-dom";
import { MarkBreadcrumb } from "../../../components/marks/MarkBreadcrumbs";
import { MarkDetails } from "../../../components/marks/MarkDetails";
import { MarkMembers } from "../../../components/marks/MarkMembers";
import { useMark } from "../../../hooks/use-marks";
import { useT } from "../../../hooks/use-t";
import { errorMessage } from "../../../lib/api-error";

/** /app/marks/:id: a mark, its members with their periods and status today; authorise, end early. */
const MarkPage = () => {
  const { id = "" } = useParams();
  const { t } = useT();
  const { data: mark, isLoading, error } = useMark(id);

  if (mark) {
    return (
      <div className="flex flex-col gap-y-3">
        <MarkDetails mark={mark} />
        <MarkMembers mark={mark} />
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
  breadcrumb: ({ params }: { params: { id?: string } }) => <MarkBreadcrumb id={params.id ?? ""} />,
};

export default MarkPage;
