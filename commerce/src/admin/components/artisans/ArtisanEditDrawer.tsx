import { toast } from "@medusajs/ui";
import { useUpdateArtisan } from "../../hooks/use-artisans";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useHandleFromName } from "../../hooks/use-handle-from-name";
import { useT } from "../../hooks/use-t";
import { artisanFormValues, toArtisanInput } from "../../lib/artisan-form";
import type { AdminArtisanDetail } from "../../lib/types";
import { FormDrawer } from "../common/FormDrawer";
import { ArtisanFormFields } from "./ArtisanFormFields";

interface ArtisanEditDrawerProps {
  artisan: AdminArtisanDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Edits an artisan in a drawer (POST /admin/artisans/:id). */
export function ArtisanEditDrawer({ artisan, open, onOpenChange }: ArtisanEditDrawerProps) {
  const { t } = useT();
  return (
    <FormDrawer open={open} onOpenChange={onOpenChange} title={t("artisans.editTitle")}>
      <ArtisanEditForm artisan={artisan} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  );
}

function ArtisanEditForm({ artisan, onDone }: { artisan: AdminArtisanDetail; onDone: () => void }) {
  const { t } = useT();
  const { values, change } = useHandleFromName(() => artisanFormValues(artisan), "display_name", false);
  const feedback = useFormFeedback();
  const mutation = useUpdateArtisan(artisan.id);

  const submit = () => {
    const body = feedback.check(toArtisanInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(t("artisans.updated"));
        onDone();
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormDrawer.Form onSubmit={submit} feedback={feedback} pending={mutation.isPending}>
      <ArtisanFormFields values={values} onChange={change} errors={feedback.errors} />
    </FormDrawer.Form>
  );
}
