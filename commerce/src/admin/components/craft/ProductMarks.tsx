import { Badge, Text } from "@medusajs/ui";
import { markRefusals } from "../../../modules/trace/marks/mark-refusals";
import { useMarks } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import type { ProductArtisanRef } from "../../lib/types";

/**
 * The marks a product names, by their names in the registry; a mark its artisan may no longer show
 * (an authorisation that has since lapsed, or never was) is flagged with the reason: the storefront
 * does not show it.
 */
export function ProductMarks({ handles, artisan }: { handles: string[]; artisan: ProductArtisanRef | null }) {
  const { data: registry = [] } = useMarks();
  const { t } = useT();
  const { markName, refusalText } = useMarkText();
  const refusals = markRefusals(handles, registry, artisan?.id ?? null, new Date());
  return (
    <ul className="flex flex-col gap-y-2">
      {handles.map((handle) => {
        const mark = registry.find((entry) => entry.handle === handle);
        const refusal = refusals.find((entry) => entry.handle === handle);
        return (
          <li key={handle} data-testid="product-mark" data-handle={handle} data-allowed={!refusal}>
            <Badge size="2xsmall" color={refusal ? "orange" : "green"}>
              {mark ? markName(mark.name) : handle}
            </Badge>
            {refusal && (
              <Text size="xsmall" className="text-ui-fg-error mt-1">
                {t("marks.craft.hidden", {
                  reason: refusalText(refusal, { mark, handle, artisan: artisan?.display_name ?? "" }),
                })}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
