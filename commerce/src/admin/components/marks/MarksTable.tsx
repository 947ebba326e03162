import { Badge, Table, Text } from "@medusajs/ui";
import { useNavigate } from "react-router-dom";
import { useMarks } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";

/** The registry: kind, name, owner, registration number and current members of every mark. */
export function MarksTable() {
  const { t } = useT();
  const { markName, kindName } = useMarkText();
  const navigate = useNavigate();
  const { data: marks, isLoading, error } = useMarks();

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {t("common.loadError", { message: errorMessage(error) })}
      </Text>
    );
  }
  if (isLoading || !marks) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("common.loading")}
      </Text>
    );
  }
  if (!marks.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("marks.empty")}
      </Text>
    );
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("marks.name")}</Table.HeaderCell>
          <Table.HeaderCell>{t("marks.kind")}</Table.HeaderCell>
          <Table.HeaderCell>{t("marks.owner")}</Table.HeaderCell>
          <Table.HeaderCell>{t("marks.registrationNumber")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("marks.currentMembers")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {marks.map((mark) => (
          <Table.Row
            key={mark.id}
            data-testid="mark-row"
            data-handle={mark.handle}
            className="cursor-pointer"
            onClick={() => navigate(`/marks/${mark.id}`)}
          >
            <Table.Cell>
              <div className="flex flex-col py-2">
                <span className="text-ui-fg-base">{markName(mark.name)}</span>
                <span className="text-ui-fg-muted font-mono">{mark.handle}</span>
              </div>
            </Table.Cell>
            <Table.Cell>{kindName(mark.kind)}</Table.Cell>
            <Table.Cell>
              <span className="whitespace-normal">{mark.owner}</span>
              {mark.metadata?.sample === true && (
                <Badge size="2xsmall" className="ml-2">
                  {t("marks.sample")}
                </Badge>
              )}
            </Table.Cell>
            <Table.Cell>
              {mark.registration_number ?? <span className="text-ui-fg-muted">{t("marks.pending")}</span>}
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums" data-testid="mark-current-members">
              {mark.current_members}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
