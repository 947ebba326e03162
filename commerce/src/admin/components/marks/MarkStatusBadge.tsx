import { StatusBadge } from "@medusajs/ui";
import type { AuthorisationStatus } from "../../../modules/trace/marks/authorisation-status";
import { useT } from "../../hooks/use-t";

const COLORS = { current: "green", expired: "red", not_yet_valid: "orange" } as const;

/** Where an authorisation stands today: current, expired, not yet valid. */
export function MarkStatusBadge({ status }: { status: AuthorisationStatus }) {
  const { t } = useT();
  return (
    <StatusBadge color={COLORS[status]} data-status={status}>
      {t(`marks.statuses.${status}`)}
    </StatusBadge>
  );
}
