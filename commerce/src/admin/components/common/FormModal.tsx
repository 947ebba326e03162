import { Button, FocusModal, Heading, Text } from "@medusajs/ui";
import { useId, type FormEvent, type ReactNode } from "react";
import { useT } from "../../hooks/use-t";
import { FormAlerts, type FormShellProps } from "./FormDrawer";

interface FormModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens the modal. */
  trigger: ReactNode;
  /** The form (a `FormModal.Form`), mounted only while open: every opening starts afresh. */
  children: ReactNode;
}

/** A full-screen modal holding one creation form, opened by its trigger button. */
function FormModalRoot({ open, onOpenChange, trigger, children }: FormModalProps) {
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>{trigger}</FocusModal.Trigger>
      <FocusModal.Content aria-describedby={undefined}>{open && children}</FocusModal.Content>
    </FocusModal>
  );
}

interface FormModalFormProps extends FormShellProps {
  title: string;
  subheading: string;
}

/** The form inside a `FormModal`: heading, alerts and fields in a centred column; Cancel and submit below. */
function FormModalForm({
  title,
  subheading,
  onSubmit,
  feedback,
  errorsAlert,
  submitLabel,
  destructive,
  pending,
  children,
}: FormModalFormProps) {
  const { t } = useT();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2">
          <div>
            <FocusModal.Title asChild>
              <Heading>{title}</Heading>
            </FocusModal.Title>
            <Text size="small" className="text-ui-fg-subtle">
              {subheading}
            </Text>
          </div>
          <form id={formId} onSubmit={submit} noValidate className="flex flex-col gap-y-6">
            <FormAlerts feedback={feedback} errorsAlert={errorsAlert} />
            {children}
          </form>
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </FocusModal.Close>
        <Button
          type="submit"
          size="small"
          form={formId}
          variant={destructive ? "danger" : "primary"}
          isLoading={pending}
        >
          {submitLabel ?? t("common.create")}
        </Button>
      </FocusModal.Footer>
    </>
  );
}

/** `<FormModal …><XForm /></FormModal>`, where XForm renders `<FormModal.Form …>`. */
export const FormModal = Object.assign(FormModalRoot, { Form: FormModalForm });
