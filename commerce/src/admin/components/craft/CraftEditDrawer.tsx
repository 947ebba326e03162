import { Alert, toast } from "@medusajs/ui";
import { useState } from "react";
import { FetchError } from "@medusajs/js-sdk";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useExplainMarkRefusals } from "../../hooks/use-marks";
import { useUpdateProductCraft } from "../../hooks/use-product-craft";
import { useT } from "../../hooks/use-t";
import { craftFormValues, toCraftInput, type CraftFormValues } from "../../lib/craft-form";
import type { AdminProductCraftResponse } from "../../lib/types";
import { FormDrawer } from "../common/FormDrawer";
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
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("craft.drawerTitle")}
      description={t("craft.drawerDescription")}
    >
      <CraftEditForm productId={productId} current={current} onDone={() => onOpenChange(false)} />
    </FormDrawer>
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
  const feedback = useFormFeedback();
  const mutation = useUpdateProductCraft(productId);
  const explainRefusals = useExplainMarkRefusals();
  const [marksRefused, setMarksRefused] = useState(false);

  const submit = () => {
    setMarksRefused(false);
    const body = feedback.check(toCraftInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
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
          feedback.setErrors(refusals);
          setMarksRefused(true);
          toast.error(t("marks.craft.refusedToast"));
          return;
        }
        feedback.fail(error);
      },
    });
  };

  return (
    <FormDrawer.Form
      onSubmit={submit}
      feedback={feedback}
      pending={mutation.isPending}
      errorsAlert={
        <Alert variant="error" data-testid="craft-errors">
          {marksRefused ? (
            <>
              {t("marks.craft.refusedIntro")}
              <ul className="mt-1 list-disc pl-4">
                {Object.values(feedback.errors).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          ) : (
            t("common.fixErrors")
          )}
        </Alert>
      }
    >
      <CraftFormFields
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        errors={feedback.errors}
      />
    </FormDrawer.Form>
  );
}
