import { Plus } from "@medusajs/icons";
import { FetchError } from "@medusajs/js-sdk";
import { Button, toast } from "@medusajs/ui";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useHandleFromName } from "../../hooks/use-handle-from-name";
import { useCreateMark } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { emptyMarkForm, toMarkInput } from "../../lib/mark-form";
import { FormModal } from "../common/FormModal";
import { MarkFormFields } from "./MarkFormFields";

/** "Add mark" and the full-screen form behind it (POST /admin/marks), checked with the server's schema. */
export function MarkCreateModal() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <FormModal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="small" variant="secondary" className="shrink-0">
          <Plus />
          {t("marks.create")}
        </Button>
      }
    >
      <MarkCreateForm onDone={() => setOpen(false)} />
    </FormModal>
  );
}

function MarkCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const { markName } = useMarkText();
  const navigate = useNavigate();
  // The handle follows the Vietnamese name until it is edited.
  const { values, change } = useHandleFromName(emptyMarkForm, "name_vi");
  const feedback = useFormFeedback();
  const mutation = useCreateMark();

  const submit = () => {
    const body = feedback.check(toMarkInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: ({ mark }) => {
        toast.success(t("marks.created", { name: markName(mark.name) }));
        onDone();
        navigate(`/marks/${mark.id}`);
      },
      onError: (error) => {
        if (error instanceof FetchError && (error.status === 422 || error.status === 409)) {
          feedback.setErrors({ handle: t("marks.errors.duplicate") });
          return;
        }
        feedback.fail(error);
      },
    });
  };

  return (
    <FormModal.Form
      title={t("marks.createTitle")}
      subheading={t("marks.subheading")}
      onSubmit={submit}
      feedback={feedback}
      pending={mutation.isPending}
    >
      <MarkFormFields values={values} onChange={change} errors={feedback.errors} />
    </FormModal.Form>
  );
}
