import { Alert, Button, Drawer, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import { FetchError } from "@medusajs/js-sdk";
import { useExplainMarkRefusals } from "../../hooks/use-marks";
import { useUpdateProductCraft } from "../../hooks/use-product-craft";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { craftFormValues, toCraftInput, type CraftFormValues } from "../../lib/craft-form";
import type { AdminProductCraftResponse } from "../../lib/types";
import { CraftFormFields } from "./CraftFormFields";

interface CraftEditDrawerProps {
  productId: string;
  current: AdminProductCraftResponse;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The drawer that edits a product's craft attributes and maker (POST /admin/products/:id/craft). */
export function CraftEditDrawer({ productId, current, open, onOpenChange }: CraftEditDrawerProps) {
  const { t } = useT();
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("craft.drawerTitle")}</Drawer.Title>
          <Drawer.Description>{t("craft.drawerDescription")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open, so every opening starts from the saved values. */}
        <CraftEditForm productId={productId} current={current} onDone={() => onOpenChange(false)} />
      </Drawer.Content>
    </Drawer>
  );
}

function CraftEditForm({
  productId,
  current,
  onDone,
}: {
  productId: string;
  current: AdminProductCraftResponse;
  onDone: () => void;
}) {
  const { t } = useT();
  const [values, setValues] = useState<CraftFormValues>(() => craftFormValues(current));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useUpdateProductCraft(productId);
  const explainRefusals = useExplainMarkRefusals();
  const [marksRefused, setMarksRefused] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setMarksRefused(false);
    const result = toCraftInput(values, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    mutation.mutate(result.data, {
      onSuccess: () => {
        toast.success(t("craft.saved"));
        onDone();
      },
      onError: async (error) => {
        // A refused mark (400 mark_not_allowed): say which, and why, beside each mark.
        const refusals =
          error instanceof FetchError && error.status === 400
            ? await explainRefusals(values.marks, values.artisan).catch(() => ({}))
            : {};
        if (Object.keys(refusals).length) {
          setErrors(refusals);
          setMarksRefused(true);
          toast.error(t("marks.craft.refusedToast"));
          return;
        }
        const message = errorMessage(error);
        setServerError(message);
        toast.error(t("common.saveError", { message }));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
        {Object.keys(errors).length > 0 && (
          <Alert variant="error" data-testid="craft-errors">
            {marksRefused ? (
              <>
                {t("marks.craft.refusedIntro")}
                <ul className="mt-1 list-disc pl-4">
                  {Object.values(errors).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </>
            ) : (
              t("common.fixErrors")
            )}
          </Alert>
        )}
        <CraftFormFields
          values={values}
          onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
          errors={errors}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" isLoading={mutation.isPending}>
          {t("common.save")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
