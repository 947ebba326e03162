import { Alert, Button, Drawer } from "@medusajs/ui";
import type { FormEvent, ReactNode } from "react";
import type { FormFeedback } from "../../hooks/use-form-feedback";
import { useT } from "../../hooks/use-t";

interface FormDrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** The button that opens the drawer, when the drawer owns one. */
  trigger?: ReactNode;
  /** The form (a `FormDrawer.Form`), mounted only while open: every opening starts from the saved values. */
  children: ReactNode;
}

/** A drawer holding one form: title, optional description, then the form. */
function FormDrawerRoot({ open, onOpenChange, title, description, trigger, children }: FormDrawerProps) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      {trigger && <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>}
      {/* Without a description, say so, or Radix warns that none is linked. */}
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          {description && <Drawer.Description>{description}</Drawer.Description>}
        </Drawer.Header>
        {open && children}
      </Drawer.Content>
    </Drawer>
  );
}

export interface FormShellProps {
  /** Called on submit (the browser's submit is prevented). */
  onSubmit: () => void;
  /** The errors of the last submit (`useFormFeedback`): the failed request, then "fix the errors". */
  feedback?: FormFeedback;
  /** Shown instead of "fix the errors" when there are field errors. */
  errorsAlert?: ReactNode;
  /** The submit button's text; "Save" when not given. */
  submitLabel?: string;
  /** The submit button ends or refuses something (red). */
  destructive?: boolean;
  pending: boolean;
  children: ReactNode;
}

/** The alerts above a form's fields: the rejected request, then the field errors. */
export function FormAlerts({ feedback, errorsAlert }: Pick<FormShellProps, "feedback" | "errorsAlert">) {
  const { t } = useT();
  if (!feedback) return null;
  const hasErrors = Object.keys(feedback.errors).length > 0;
  return (
    <>
      {feedback.serverError && (
        <Alert variant="error">{t("common.saveError", { message: feedback.serverError })}</Alert>
      )}
      {hasErrors && (errorsAlert ?? <Alert variant="error">{t("common.fixErrors")}</Alert>)}
    </>
  );
}

/** The form inside a `FormDrawer`: alerts and fields in the scrolling body, Cancel and submit in the footer. */
function FormDrawerForm({
  onSubmit,
  feedback,
  errorsAlert,
  submitLabel,
  destructive,
  pending,
  children,
}: FormShellProps) {
  const { t } = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        <FormAlerts feedback={feedback} errorsAlert={errorsAlert} />
        {children}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" variant={destructive ? "danger" : "primary"} isLoading={pending}>
          {submitLabel ?? t("common.save")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}

/** `<FormDrawer …><XForm /></FormDrawer>`, where XForm renders `<FormDrawer.Form …>`. */
export const FormDrawer = Object.assign(FormDrawerRoot, { Form: FormDrawerForm });
