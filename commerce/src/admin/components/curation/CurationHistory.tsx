import { Heading, Text } from "@medusajs/ui";
import { useCurationHistory } from "../../hooks/use-curation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";

/** The latest saves of the home page: when, by whom, and which villages. */
export function CurationHistory({ formatDate }: { formatDate: (iso: string) => string }) {
  const { t } = useT();
  const { data, error, isPending } = useCurationHistory();
  return (
    <section className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("curation.history")}</Heading>
      {isPending ? (
        <Text size="small">{t("common.loading")}</Text>
      ) : error ? (
        <Text size="small" className="text-ui-fg-error">
          {t("common.loadError", { message: errorMessage(error) })}
        </Text>
      ) : data.revisions.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("curation.historyEmpty")}
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-1">
          {data.revisions.map((revision) => (
            <li key={revision.id}>
              <Text size="small">
                {t("curation.historyEntry", {
                  when: formatDate(revision.created_at),
                  who: revision.created_by ?? t("curation.unknownAuthor"),
                })}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[
                  revision.featured_villages.join(", "),
                  revision.seasonal_festival,
                  revision.itineraries.join(", "),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
