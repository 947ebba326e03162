import { defineRouteConfig } from "@medusajs/admin-sdk";
import { Users } from "@medusajs/icons";
import { Container, Heading, Text } from "@medusajs/ui";
import { ArtisanCreateModal } from "../../components/artisans/ArtisanCreateModal";
import { ArtisansBreadcrumb } from "../../components/artisans/ArtisanBreadcrumbs";
import { ArtisansTable } from "../../components/artisans/ArtisansTable";
import { useT } from "../../hooks/use-t";

/** /app/artisans: the artisans list, with search, craft and village filters, and "Add artisan". */
const ArtisansPage = () => {
  const { t } = useT();
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("artisans.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("artisans.subheading")}
          </Text>
        </div>
        <ArtisanCreateModal />
      </div>
      <ArtisansTable />
    </Container>
  );
};

/** Sidebar entry; the label is a key of ../../i18n, translated in the dashboard's language. */
export const config = defineRouteConfig({
  label: "kontum.artisans.menu",
  translationNs: "translation",
  icon: Users,
});

export const handle = {
  breadcrumb: () => <ArtisansBreadcrumb />,
};

export default ArtisansPage;
