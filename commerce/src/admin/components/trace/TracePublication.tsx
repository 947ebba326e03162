import { CheckCircleSolid, ExclamationCircleSolid } from "@medusajs/icons";
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { usePublishTraceRecord } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { InfoRow } from "../common/InfoRow";

/** Publishing (after a confirmation that says what it means) and the chain's verification result. */
export function TracePublication({ record }: { record: AdminTraceRecord }) {
  const { t } = useT();
  const prompt = usePrompt();
  const publish = usePublishTraceRecord(record.id);
  const { verification } = record;
  const published = !!record.published_at;
  const newSteps = verification.intact ? verification.events_after_publication : 0;
  const canPublish = record.events.length > 0 && verification.intact && (!published || newSteps > 0);

  const confirmAndPublish = async () => {
    const confirmed = await prompt({
      title: published ? t("trace.publication.confirmRepublishTitle") : t("trace.publication.confirmTitle"),
      description: published
        ? t("trace.publication.confirmRepublishDescription")
        : t("trace.publication.confirmDescription"),
      confirmText: t("trace.publication.confirm"),
      cancelText: t("common.cancel"),
    });
    if (!confirmed) return;
    publish.mutate(undefined, {
      onSuccess: () => toast.success(t("trace.publication.published")),
      onError: (error) => toast.error(t("common.saveError", { message: errorMessage(error) })),
    });
  };

  return (
    <Container className="divide-y p-0" data-testid="trace-publication">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("trace.publication.heading")}</Heading>
        {(!published || newSteps > 0) && (
          <Button
            size="small"
            onClick={confirmAndPublish}
            disabled={!canPublish}
            isLoading={publish.isPending}
          >
            {published ? t("trace.publication.republish") : t("trace.publication.publish")}
          </Button>
        )}
      </div>
      {!record.events.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("trace.publication.needsEvent")}
        </Text>
      )}
      <div
        className="flex items-start gap-x-2 px-6 py-4"
        data-testid="trace-verification"
        data-intact={verification.intact}
      >
        {verification.intact ? (
          <CheckCircleSolid className="text-ui-fg-interactive mt-0.5 flex-none" />
        ) : (
          <ExclamationCircleSolid className="text-ui-fg-error mt-0.5 flex-none" />
        )}
        <div>
          <Text size="small" weight="plus">
            {verification.intact ? t("trace.verification.intact") : t("trace.verification.changed")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {verification.intact
              ? t(published ? "trace.verification.intactPublished" : "trace.verification.intactDraft", {
                  count: verification.events,
                })
              : verification.first_bad_sequence === 0
                ? t("trace.verification.changedRecord", {
                    reason: t(`trace.verification.reason.${verification.reason}`),
                  })
                : t("trace.verification.changedAt", {
                    sequence: verification.first_bad_sequence,
                    reason: t(`trace.verification.reason.${verification.reason}`),
                  })}
          </Text>
          {newSteps > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("trace.publication.eventsAfter", { count: newSteps })}
            </Text>
          )}
        </div>
      </div>
      {record.published_head_hash && (
        <InfoRow label={t("trace.publication.fingerprint")}>
          <span className="font-mono" data-testid="trace-fingerprint">
            {record.published_head_hash.slice(0, 8)}
          </span>
        </InfoRow>
      )}
    </Container>
  );
}
