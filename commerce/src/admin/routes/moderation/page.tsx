import { defineRouteConfig } from "@medusajs/admin-sdk";
import { CheckCircle } from "@medusajs/icons";
import { Container, Heading, Text } from "@medusajs/ui";
import { ModerationQueue } from "../../components/moderation/ModerationQueue";
import { useT } from "../../hooks/use-t";

/** /app/moderation: the listings artisans proposed, to approve or reject with a reason. */
const ModerationPage = () => {
  const { t } = useT();
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("moderation.heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("moderation.subheading")}
        </Text>
      </div>
      <ModerationQueue />
    </Container>
  );
};

/** Sidebar entry; the label is a key of ../../i18n, translated in the dashboard's language. */
export const config = defineRouteConfig({
  label: "kontum.moderation.menu",
  translationNs: "translation",
  icon: CheckCircle,
});

export const handle = {
  breadcrumb: () => <ModerationBreadcrumb />,
};

function ModerationBreadcrumb() {
  const { t } = useT();
  return <span>{t("moderation.heading")}</span>;
}

export default ModerationPage;
