import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types";
import { PencilSquare } from "@medusajs/icons";
import { Button, Container, Heading, Text } from "@medusajs/ui";
import { useState } from "react";
import { CraftEditDrawer } from "../components/craft/CraftEditDrawer";
import { CraftProfileDetails } from "../components/craft/CraftProfileDetails";
import { useProductCraft } from "../hooks/use-product-craft";
import { useT } from "../hooks/use-t";
import { errorMessage } from "../lib/api-error";

/** Product page: the craft attributes and maker, with a drawer to edit them. */
const ProductCraftWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t } = useT();
  const { data, isLoading, error } = useProductCraft(product.id);
  const [editing, setEditing] = useState(false);

  return (
    <Container className="divide-y p-0" data-testid="product-craft">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("craft.heading")}</Heading>
        {data && (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare />
            {t("common.edit")}
          </Button>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("common.loadError", { message: errorMessage(error) })}
        </Text>
      )}
      {data && <CraftProfileDetails craft={data} />}
      {data && (
        <CraftEditDrawer productId={product.id} current={data} open={editing} onOpenChange={setEditing} />
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "product.details.side.after" });

export default ProductCraftWidget;
