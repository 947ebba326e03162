import { Plus } from "@medusajs/icons";
import { Button, toast } from "@medusajs/ui";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useCreateArtisan } from "../../hooks/use-artisans";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useHandleFromName } from "../../hooks/use-handle-from-name";
import { useT } from "../../hooks/use-t";
import { emptyArtisanForm, toArtisanInput } from "../../lib/artisan-form";
import { FormModal } from "../common/FormModal";
import { ArtisanFormFields } from "./ArtisanFormFields";

/** "Add artisan" button and the full-screen form behind it (POST /admin/artisans). */
export function ArtisanCreateModal() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <FormModal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="small" variant="secondary">
          <Plus />
          {t("artisans.create")}
        </Button>
      }
    >
      <ArtisanCreateForm onDone={() => setOpen(false)} />
    </FormModal>
  );
}

function ArtisanCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  // On a new artisan, the handle follows the name until it is edited.
  const { values, change } = useHandleFromName(emptyArtisanForm, "display_name");
  const feedback = useFormFeedback();
  const mutation = useCreateArtisan();

  const submit = () => {
    const body = feedback.check(toArtisanInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: ({ artisan }) => {
        toast.success(t("artisans.created", { name: artisan.display_name }));
        onDone();
        navigate(`/artisans/${artisan.id}`);
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormModal.Form
      title={t("artisans.createTitle")}
      subheading={t("artisans.subheading")}
      onSubmit={submit}
      feedback={feedback}
      pending={mutation.isPending}
    >
      <ArtisanFormFields values={values} onChange={change} errors={feedback.errors} />
    </FormModal.Form>
  );
}
