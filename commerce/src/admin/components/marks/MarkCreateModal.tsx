import { Plus } from "@medusajs/icons";
import { FetchError } from "@medusajs/js-sdk";
import { Alert, Button, FocusModal, Heading, Text, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { suggestHandle } from "../../lib/artisan-form";
import { useCreateMark } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { emptyMarkForm, toMarkInput, type MarkFormValues } from "../../lib/mark-form";
import { MarkFormFields } from "./MarkFormFields";

const FORM_ID = "mark-create-form";

/** "Add mark" and the full-screen form behind it (POST /admin/marks), checked with the server's schema. */
export function MarkCreateModal() {
  const { t } = useT();
  const { markName } = useMarkText();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<MarkFormValues>(emptyMarkForm);
  const [handleEdited, setHandleEdited] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useCreateMark();

  const changeOpen = (next: boolean) => {
    setOpen(next);
    setServerError(null);
    setErrors({});
    if (!next) {
      setValues(emptyMarkForm());
      setHandleEdited(false);
    }
  };

  // The handle follows the Vietnamese name until it is edited.
  const change = (patch: Partial<MarkFormValues>) => {
    if (patch.handle !== undefined) setHandleEdited(true);
    setValues((previous) => {
      const next = { ...previous, ...patch };
      if (!handleEdited && patch.name_vi !== undefined) next.handle = suggestHandle(patch.name_vi);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = toMarkInput(values, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    mutation.mutate(result.data, {
      onSuccess: ({ mark }) => {
        toast.success(t("marks.created", { name: markName(mark.name) }));
        changeOpen(false);
        navigate(`/marks/${mark.id}`);
      },
      onError: (error) => {
        if (error instanceof FetchError && (error.status === 422 || error.status === 409)) {
          setErrors({ handle: t("marks.errors.duplicate") });
          return;
        }
        const message = errorMessage(error);
        setServerError(message);
        toast.error(t("common.saveError", { message }));
      },
    });
  };

  return (
    <FocusModal open={open} onOpenChange={changeOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" className="shrink-0">
          <Plus />
          {t("marks.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content aria-describedby={undefined}>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2">
            <div>
              <FocusModal.Title asChild>
                <Heading>{t("marks.createTitle")}</Heading>
              </FocusModal.Title>
              <Text size="small" className="text-ui-fg-subtle">
                {t("marks.subheading")}
              </Text>
            </div>
            <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-y-6">
              {serverError && (
                <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>
              )}
              {Object.keys(errors).length > 0 && <Alert variant="error">{t("common.fixErrors")}</Alert>}
              <MarkFormFields values={values} onChange={change} errors={errors} />
            </form>
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
