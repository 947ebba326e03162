import { Table, Text } from "@medusajs/ui";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { ModerationProduct } from "../../../lib/artisan-products/types";
import { useModerationQueue } from "../../hooks/use-moderation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { ModerationActions } from "./ModerationActions";

const PAGE_SIZE = 20;
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 });

/** The listings waiting for review, longest waiting first, each with approve / reject. */
export function ModerationQueue() {
  const { t, craftName } = useT();
  const [pageIndex, setPageIndex] = useState(0);
  const { data, isLoading, error } = useModerationQueue({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE });

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {t("common.loadError", { message: errorMessage(error) })}
      </Text>
    );
  }
  if (isLoading || !data) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("common.loading")}
      </Text>
    );
  }
  if (!data.products.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("moderation.empty")}
      </Text>
    );
  }
  const pageCount = Math.max(1, Math.ceil(data.count / PAGE_SIZE));
  return (
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("moderation.photo")}</Table.HeaderCell>
            <Table.HeaderCell>{t("moderation.title")}</Table.HeaderCell>
            <Table.HeaderCell>{t("moderation.artisan")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("moderation.price")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.products.map((product) => (
            <QueueRow
              key={product.id}
              product={product}
              craft={product.craft ? craftName(product.craft) : ""}
            />
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={data.count}
        pageSize={PAGE_SIZE}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex + 1 < pageCount}
        previousPage={() => setPageIndex((page) => Math.max(0, page - 1))}
        nextPage={() => setPageIndex((page) => page + 1)}
      />
    </div>
  );
}

function QueueRow({ product, craft }: { product: ModerationProduct; craft: string }) {
  const { t } = useT();
  const photo = product.thumbnail ?? product.photos[0]?.url ?? null;
  return (
    <Table.Row data-testid="moderation-row" data-product-id={product.id}>
      <Table.Cell className="py-2">
        {photo ? (
          <img src={photo} alt="" className="h-16 w-16 rounded-md object-cover" />
        ) : (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("moderation.noPhoto")}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col">
          <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:underline">
            {product.title.vi}
          </Link>
          <Text size="xsmall" className="text-ui-fg-muted">
            {[craft, product.title.en].filter(Boolean).join(" · ")}
          </Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        {product.artisan ? (
          <Link to={`/artisans/${product.artisan.id}`} className="text-ui-fg-interactive hover:underline">
            {product.artisan.display_name}
          </Link>
        ) : (
          t("moderation.noArtisan")
        )}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{vnd.format(product.price_vnd)}</Table.Cell>
      <Table.Cell>
        <ModerationActions product={{ id: product.id, title: product.title.vi }} />
      </Table.Cell>
    </Table.Row>
  );
}
