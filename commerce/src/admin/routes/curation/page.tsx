import { defineRouteConfig } from "@medusajs/admin-sdk";
import { House } from "@medusajs/icons";
import { Alert, Container, Heading, Text } from "@medusajs/ui";
import { useTranslation } from "react-i18next";
import { CurationHistory } from "../../components/curation/CurationHistory";
import { dashboardLanguage } from "../../components/curation/curation-options";
import { HomeCurationForm } from "../../components/curation/HomeCurationForm";
import { useCurationChoices, useHomeCuration } from "../../hooks/use-curation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";

/**
 * /app/curation: the tourism office chooses what the storefront's home page features (villages in
 * order, the festival of the season, itineraries). The choices come from the storefront's content.
 */
const CurationPage = () => {
  const { t } = useT();
  const { i18n } = useTranslation();
  const language = dashboardLanguage(i18n.resolvedLanguage ?? i18n.language);
  const choices = useCurationChoices();
  const current = useHomeCuration();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(language === "vi" ? "vi-VN" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(iso));
  const saved = current.data;

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Heading id="curation-heading">{t("curation.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("curation.subheading")}
          </Text>
          {saved && (
            <Text size="small" className="text-ui-fg-muted" data-testid="curation-last-saved">
              {!saved.updated_at
                ? t("curation.notCurated")
                : saved.updated_by
                  ? t("curation.lastSaved", { when: formatDate(saved.updated_at), who: saved.updated_by })
                  : t("curation.lastSavedAnonymous", { when: formatDate(saved.updated_at) })}
            </Text>
          )}
        </div>
        {choices.error || current.error ? (
          <div className="px-6 py-4">
            <Alert variant="error">
              {choices.error
                ? t("curation.storefrontDown", { message: errorMessage(choices.error) })
                : t("common.loadError", { message: errorMessage(current.error) })}
            </Alert>
          </div>
        ) : choices.data && saved ? (
          <HomeCurationForm choices={choices.data} current={saved} language={language} />
        ) : (
          <Text size="small" className="px-6 py-4">
            {t("common.loading")}
          </Text>
        )}
      </Container>
      <Container className="p-0">
        <CurationHistory formatDate={formatDate} />
      </Container>
    </div>
  );
};

/** Sidebar entry; the label is a key of ../../i18n, translated in the dashboard's language. */
export const config = defineRouteConfig({
  label: "kontum.curation.menu",
  translationNs: "translation",
  icon: House,
});

export default CurationPage;
