import { Text } from "@medusajs/ui";
import type { ReactNode } from "react";

/** One label/value row of a details section, like the dashboard's own sections. */
export function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-small text-ui-fg-base min-w-0 break-words">{children ?? "-"}</div>
    </div>
  );
}
