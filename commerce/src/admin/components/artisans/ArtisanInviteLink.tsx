import { Input, Text } from "@medusajs/ui";
import { useT } from "../../hooks/use-t";
import type { ArtisanInvite } from "../../hooks/use-artisan-invite";
import { CopyButton } from "../common/CopyButton";

/** The invite link, selectable and with a copy button (staff often send it by Zalo). */
export function ArtisanInviteLink({ invite }: { invite: ArtisanInvite }) {
  const { t } = useT();
  const date = new Date(invite.expires_at).toLocaleString();
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        {t("artisanInvite.link")}
      </Text>
      <div className="flex items-center gap-x-2">
        <Input
          readOnly
          value={invite.url}
          aria-label={t("artisanInvite.link")}
          className="font-mono"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={invite.url} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("artisanInvite.linkHint", { date })}
      </Text>
    </div>
  );
}
