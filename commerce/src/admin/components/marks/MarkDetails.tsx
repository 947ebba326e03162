import { Badge, Container, Heading, Text } from "@medusajs/ui";
import type { AdminMark } from "../../../api/admin/marks/types";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { InfoRow } from "../common/InfoRow";

/** A mark of the registry: its names, kind, owner, registration number and current members. */
export function MarkDetails({ mark }: { mark: AdminMark }) {
  const { t } = useT();
  const { kindName } = useMarkText();
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Heading>{mark.name.vi}</Heading>
        <Badge size="2xsmall">{kindName(mark.kind)}</Badge>
        {mark.metadata?.sample === true && <Badge size="2xsmall">{t("marks.sample")}</Badge>}
      </div>
      <InfoRow label={`${t("marks.nameField")} · ${t("common.en")}`}>
        {mark.name.en ? <span lang="en">{mark.name.en}</span> : <span className="text-ui-fg-muted">-</span>}
      </InfoRow>
      <InfoRow label={t("marks.handle")}>
        <span className="font-mono">{mark.handle}</span>
      </InfoRow>
      <InfoRow label={t("marks.owner")}>{mark.owner}</InfoRow>
      <InfoRow label={t("marks.registrationNumber")}>
        {mark.registration_number ?? <span className="text-ui-fg-muted">{t("marks.pending")}</span>}
      </InfoRow>
      <InfoRow label={t("marks.currentMembers")}>
        <Text size="small" data-testid="mark-details-members">
          {t("marks.memberCount", { count: mark.current_members })}
        </Text>
      </InfoRow>
    </Container>
  );
}
