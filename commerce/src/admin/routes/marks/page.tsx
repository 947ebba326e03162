import { defineRouteConfig } from "@medusajs/admin-sdk";
import { BadgeCheck } from "@medusajs/icons";
import { Container, Heading, Text } from "@medusajs/ui";
import { MarksBreadcrumb } from "../../components/marks/MarkBreadcrumbs";
import { MarkCreateModal } from "../../components/marks/MarkCreateModal";
import { MarksTable } from "../../components/marks/MarksTable";
import { useT } from "../../hooks/use-t";

/** /app/marks: the registry of collective marks, certification marks and geographical indications. */
const MarksPage = () => {
  const { t } = useT();
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("marks.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("marks.subheading")}
          </Text>
        </div>
        <MarkCreateModal />
      </div>
      <MarksTable />
    </Container>
  );
};

/** Sidebar entry; the label is a key of ../../i18n, translated in the dashboard's language. */
export const config = defineRouteConfig({
  label: "kontum.marks.menu",
  translationNs: "translation",
  icon: BadgeCheck,
});

export const handle = {
  breadcrumb: () => <MarksBreadcrumb />,
};

export default MarksPage;
