import { Badge, Container, Heading, Text } from "@medusajs/ui";
import type { AdminTraceEvent, AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { useT } from "../../hooks/use-t";
import { TraceEventDrawer } from "./TraceEventDrawer";

/** The production steps in order, who recorded each, and "Add a step". */
export function TraceTimeline({
  record,
  formatDay,
}: {
  record: AdminTraceRecord;
  formatDay: (day: string) => string;
}) {
  const { t } = useT();
  const recorder = (event: AdminTraceEvent) =>
    event.recorded_by_name
      ? t(`trace.recorder.${event.recorded_by_type}`, { name: event.recorded_by_name })
      : t(`trace.recorderUnknown.${event.recorded_by_type}`);

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("trace.timeline.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("trace.timeline.hint")}
          </Text>
        </div>
        <TraceEventDrawer record={record} />
      </div>
      {record.events.length ? (
        <ol className="flex flex-col px-6 py-4" data-testid="trace-timeline">
          {record.events.map((event) => (
            <li
              key={event.id}
              data-sequence={event.sequence}
              className="border-ui-border-base relative flex flex-col gap-y-1 border-l py-3 pl-6 last:pb-0"
            >
              <span
                className="bg-ui-fg-interactive absolute -left-[5px] top-4 h-2.5 w-2.5 rounded-full"
                aria-hidden
              />
              <div className="flex flex-wrap items-center gap-2">
                <Text size="small" weight="plus">
                  {t("trace.timeline.step", { sequence: event.sequence })} ·{" "}
                  {t(`trace.eventTypes.${event.type}`)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {formatDay(event.occurred_on)}
                </Text>
                {record.published_sequence !== null && event.sequence > record.published_sequence && (
                  <Badge size="2xsmall" color="blue">
                    {t("trace.timeline.afterPublication")}
                  </Badge>
                )}
              </div>
              <Text size="small" lang="vi">
                {event.place.vi}
                {event.place.en && (
                  <span lang="en" className="text-ui-fg-muted">
                    {" "}
                    · {event.place.en}
                  </span>
                )}
              </Text>
              <Text size="small" lang="vi" className="whitespace-pre-line">
                {event.description.vi}
              </Text>
              {event.description.en && (
                <Text size="small" lang="en" className="text-ui-fg-muted whitespace-pre-line">
                  {event.description.en}
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted" data-testid="trace-recorded-by">
                {t("trace.timeline.recordedBy", { who: recorder(event) })}
              </Text>
            </li>
          ))}
        </ol>
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("trace.timeline.empty")}
        </Text>
      )}
    </Container>
  );
}
