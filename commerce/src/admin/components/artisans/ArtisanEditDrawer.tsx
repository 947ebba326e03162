import { Button, Drawer, toast } from "@medusajs/ui";
import { useState } from "react";
import { useUpdateArtisan } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { artisanFormValues } from "../../lib/artisan-form";
import type { AdminArtisanDetail } from "../../lib/types";
import { ArtisanForm } from "./ArtisanForm";

const FORM_ID = "artisan-edit-form";

interface ArtisanEditDrawerProps {
  artisan: AdminArtisanDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Edits an artisan in a drawer (POST /admin/artisans/:id). */
export function ArtisanEditDrawer({ artisan, open, onOpenChange }: ArtisanEditDrawerProps) {
  const { t } = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useUpdateArtisan(artisan.id);
  const changeOpen = (next: boolean) => {
    setServerError(null);
    onOpenChange(next);
  };

  return (
    <Drawer open={open} onOpenChange={changeOpen}>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{t("artisans.editTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex-1 overflow-y-auto">
          <ArtisanForm
            formId={FORM_ID}
            initial={artisanFormValues(artisan)}
            serverError={serverError}
            onSubmit={(body) =>
              mutation.mutate(body, {
                onSuccess: () => {
                  toast.success(t("artisans.updated"));
                  changeOpen(false);
                },
                onError: (error) => {
                  const message = errorMessage(error);
                  setServerError(message);
                  toast.error(t("common.saveError", { message }));
                },
              })
            }
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button type="button" size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button type="submit" size="small" form={FORM_ID} isLoading={mutation.isPending}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  );
}
