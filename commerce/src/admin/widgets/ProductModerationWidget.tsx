import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types";
import { Badge, Container, Heading, Text } from "@medusajs/ui";
import { ModerationActions } from "../components/moderation/ModerationActions";
import { useT } from "../hooks/use-t";
import { latestModeration } from "../../lib/artisan-products/moderation";
import type { ArtisanProductStatus } from "../../lib/artisan-products/types";

const COLORS: Record<ArtisanProductStatus, "orange" | "green" | "red" | "grey"> = {
  proposed: "orange",
  published: "green",
  rejected: "red",
  draft: "grey",
};

/** Product page: where the listing stands in review, the latest decision, and approve / reject. */
const ProductModerationWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t } = useT();
  const status = product.status as ArtisanProductStatus;
  const latest = latestModeration(product.metadata);
  const when = latest ? new Date(latest.at).toLocaleString() : "";
  return (
    <Container className="divide-y p-0" data-testid="product-moderation">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{t("moderation.widgetHeading")}</Heading>
          <Badge size="2xsmall" color={COLORS[status] ?? "grey"}>
            {t(`moderation.status.${status}`)}
          </Badge>
        </div>
        {status !== "draft" && (
          <ModerationActions
            product={{ id: product.id, title: product.title }}
            canApprove={status !== "published"}
          />
        )}
      </div>
      {latest && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            {t("moderation.lastDecision")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("moderation.decisionBy", {
              decision: t(`moderation.decision.${latest.decision}`),
              when,
              who: t(`moderation.actor.${latest.actor_type}`),
            })}
          </Text>
          {status === "rejected" && latest.reason && (
            <>
              <Text size="small" weight="plus" className="mt-2">
                {t("moderation.rejectionReason")}
              </Text>
              <Text size="small" className="whitespace-pre-wrap">
                {latest.reason}
              </Text>
            </>
          )}
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "product.details.before" });

export default ProductModerationWidget;
