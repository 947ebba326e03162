import { Plus } from "@medusajs/icons";
import { Button, Container, Heading, Table, Text } from "@medusajs/ui";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { AdminMark, AdminMarkAuthorisation } from "../../../api/admin/marks/types";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { AuthoriseMemberDrawer } from "./AuthoriseMemberDrawer";
import { EndAuthorisationDrawer } from "./EndAuthorisationDrawer";
import { MarkStatusBadge } from "./MarkStatusBadge";

/** The mark's authorised members, every period ever given, with today's status; authorise or end early. */
export function MarkMembers({ mark }: { mark: AdminMark }) {
  const { t } = useT();
  const { day } = useMarkText();
  const [authorising, setAuthorising] = useState(false);
  const [ending, setEnding] = useState<AdminMarkAuthorisation | null>(null);

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("marks.members")}</Heading>
        <Button size="small" variant="secondary" onClick={() => setAuthorising(true)}>
          <Plus />
          {t("marks.authorise")}
        </Button>
      </div>
      {mark.authorisations.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("marks.membersEmpty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("marks.member")}</Table.HeaderCell>
              <Table.HeaderCell>{t("marks.period")}</Table.HeaderCell>
              <Table.HeaderCell>{t("marks.status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {mark.authorisations.map((entry) => (
              <Table.Row
                key={entry.id}
                data-testid="mark-member"
                data-artisan-id={entry.artisan_id}
                data-status={entry.status}
              >
                <Table.Cell>
                  {entry.artisan ? (
                    <Link
                      to={`/artisans/${entry.artisan.id}`}
                      className="text-ui-fg-interactive hover:underline"
                    >
                      {entry.artisan.display_name}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-muted">
                      {t("marks.deletedArtisan", { id: entry.artisan_id })}
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell className="tabular-nums">
                  {t("marks.periodText", {
                    from: day(entry.valid_from),
                    to: entry.valid_to ? day(entry.valid_to) : t("marks.openEnded"),
                  })}
                </Table.Cell>
                <Table.Cell>
                  <MarkStatusBadge status={entry.status} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  {entry.status !== "expired" && (
                    <Button size="small" variant="transparent" onClick={() => setEnding(entry)}>
                      {t("marks.end")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <AuthoriseMemberDrawer mark={mark} open={authorising} onOpenChange={setAuthorising} />
      <EndAuthorisationDrawer markId={mark.id} authorisation={ending} onClose={() => setEnding(null)} />
    </Container>
  );
}
