import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types";
import { InformationCircleSolid } from "@medusajs/icons";
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui";
import { CopyButton } from "../components/common/CopyButton";
import { InfoRow } from "../components/common/InfoRow";
import { useT } from "../hooks/use-t";
import { formatVnd, readVietQr, transferReceived } from "../lib/vietqr";

/**
 * Order page, for orders paid by VietQR: the transfer to look for on the bank statement, and how to
 * record it (Medusa's own "Capture payment").
 */
const OrderVietQrWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useT();
  const transfer = readVietQr(order.metadata);
  if (!transfer) return null;
  const received = transferReceived(order);

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("vietqr.heading")}</Heading>
        <StatusBadge color={received ? "green" : "orange"}>
          {received ? t("vietqr.received") : t("vietqr.awaiting")}
        </StatusBadge>
      </div>
      <InfoRow label={t("vietqr.reference")}>
        <span className="font-mono">{transfer.reference}</span>
      </InfoRow>
      <InfoRow label={t("vietqr.amount")}>{formatVnd(transfer.amount)}</InfoRow>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {t("vietqr.payload")}
          </Text>
          <CopyButton text={transfer.payload} />
        </div>
        <code className="bg-ui-bg-subtle txt-compact-xsmall text-ui-fg-base block break-all rounded-md p-2 font-mono">
          {transfer.payload}
        </code>
      </div>
      {!received && (
        <div className="text-ui-fg-subtle flex items-start gap-x-2 px-6 py-4">
          <InformationCircleSolid className="text-ui-fg-interactive mt-0.5 shrink-0" />
          <Text size="small">{t("vietqr.note")}</Text>
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "order.details.side.after" });

export default OrderVietQrWidget;
