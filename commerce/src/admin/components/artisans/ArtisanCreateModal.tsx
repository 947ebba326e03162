import { Plus } from "@medusajs/icons";
import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useCreateArtisan } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { emptyArtisanForm } from "../../lib/artisan-form";
import { ArtisanForm } from "./ArtisanForm";

const FORM_ID = "artisan-create-form";

/** "Add artisan" button and the full-screen form behind it (POST /admin/artisans). */
export function ArtisanCreateModal() {
  const { t } = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useCreateArtisan();

  const changeOpen = (next: boolean) => {
    setOpen(next);
    setServerError(null);
  };

  return (
    <FocusModal open={open} onOpenChange={changeOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          {t("artisans.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content aria-describedby={undefined}>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2">
            <div>
              <FocusModal.Title asChild>
                <Heading>{t("artisans.createTitle")}</Heading>
              </FocusModal.Title>
              <Text size="small" className="text-ui-fg-subtle">
                {t("artisans.subheading")}
              </Text>
            </div>
            <ArtisanForm
              formId={FORM_ID}
              initial={emptyArtisanForm()}
              suggestHandleFromName
              serverError={serverError}
              onSubmit={(body) =>
                mutation.mutate(body, {
                  onSuccess: ({ artisan }) => {
                    toast.success(t("artisans.created", { name: artisan.display_name }));
                    changeOpen(false);
                    navigate(`/artisans/${artisan.id}`);
                  },
                  onError: (error) => {
                    const message = errorMessage(error);
                    setServerError(message);
                    toast.error(t("common.saveError", { message }));
                  },
                })
              }
            />
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          <FocusModal.Close asChild>
            <Button type="button" size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </FocusModal.Close>
          <Button type="submit" size="small" form={FORM_ID} isLoading={mutation.isPending}>
            {t("common.create")}
          </Button>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  );
}
