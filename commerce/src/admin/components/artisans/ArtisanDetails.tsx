import { PencilSquare, Trash } from "@medusajs/icons";
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useDeleteArtisan } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import type { AdminArtisanDetail } from "../../lib/types";
import { InfoRow } from "../common/InfoRow";
import { ArtisanEditDrawer } from "./ArtisanEditDrawer";

/** An artisan's page: their details, "Edit" (drawer) and "Delete" (after a confirmation). */
export function ArtisanDetails({ artisan }: { artisan: AdminArtisanDetail }) {
  const { t, craftName, ethnicGroupName, titleName } = useT();
  const navigate = useNavigate();
  const prompt = usePrompt();
  const [editing, setEditing] = useState(false);
  const deletion = useDeleteArtisan(artisan.id);

  const remove = async () => {
    const confirmed = await prompt({
      title: t("artisans.deleteTitle"),
      description: t("artisans.deleteDescription", { name: artisan.display_name }),
      confirmText: t("common.delete"),
      cancelText: t("common.cancel"),
      variant: "danger",
    });
    if (!confirmed) return;
    deletion.mutate(undefined, {
      onSuccess: () => {
        toast.success(t("artisans.deleted", { name: artisan.display_name }));
        navigate("/artisans", { replace: true });
      },
      onError: (error) => toast.error(t("common.saveError", { message: errorMessage(error) })),
    });
  };

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading>{artisan.display_name}</Heading>
          {artisan.title && <Badge size="2xsmall">{titleName(artisan.title)}</Badge>}
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare />
            {t("common.edit")}
          </Button>
          <Button size="small" variant="danger" onClick={remove} isLoading={deletion.isPending}>
            <Trash />
            {t("common.delete")}
          </Button>
        </div>
      </div>
      <InfoRow label={t("artisans.handle")}>
        <span className="font-mono">{artisan.handle}</span>
      </InfoRow>
      <InfoRow label={t("artisans.village")}>{artisan.village_handle}</InfoRow>
      <InfoRow label={t("artisans.ethnicGroup")}>{ethnicGroupName(artisan.ethnic_group)}</InfoRow>
      <InfoRow label={t("artisans.crafts")}>
        <div className="flex flex-wrap gap-1">
          {artisan.crafts.map((craft) => (
            <Badge key={craft} size="2xsmall">
              {craftName(craft)}
            </Badge>
          ))}
        </div>
      </InfoRow>
      <InfoRow label={t("artisans.title")}>
        {artisan.title ? titleName(artisan.title) : t("artisans.noTitle")}
      </InfoRow>
      <InfoRow label={`${t("artisans.bio")} · ${t("common.vi")}`}>
        <span lang="vi" className="whitespace-pre-line">
          {artisan.bio.vi}
        </span>
      </InfoRow>
      <InfoRow label={`${t("artisans.bio")} · ${t("common.en")}`}>
        {artisan.bio.en ? (
          <span lang="en" className="whitespace-pre-line">
            {artisan.bio.en}
          </span>
        ) : (
          <span className="text-ui-fg-muted">-</span>
        )}
      </InfoRow>
      <InfoRow label={t("artisans.photoUrl")}>
        {artisan.photo_url ? (
          <a href={artisan.photo_url} target="_blank" rel="noreferrer" className="flex flex-col gap-y-2">
            <img src={artisan.photo_url} alt="" className="h-24 w-24 rounded-md object-cover" />
            <span className="text-ui-fg-interactive break-all">{artisan.photo_url}</span>
          </a>
        ) : (
          <span className="text-ui-fg-muted">-</span>
        )}
      </InfoRow>
      <InfoRow label={t("artisans.products")}>
        <Text size="small">{t("artisans.productCount", { count: artisan.product_count })}</Text>
      </InfoRow>
      <ArtisanEditDrawer artisan={artisan} open={editing} onOpenChange={setEditing} />
    </Container>
  );
}
