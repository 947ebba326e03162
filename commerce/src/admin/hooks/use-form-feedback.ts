import { toast } from "@medusajs/ui";
import { useState } from "react";
import { errorMessage } from "../lib/api-error";
import type { FieldErrors } from "../lib/zod-issues";
import { useT } from "./use-t";

/** What a form shows about its last submit: field errors and the message of a rejected request. */
export interface FormFeedback {
  errors: FieldErrors;
  serverError: string | null;
}

/**
 * The errors of a form checked on submit with the server's schema: `check` takes the parsed values
 * (clearing the last failure) and gives the body to send, or undefined; `fail` shows a rejected
 * request above the fields and in a toast.
 */
export function useFormFeedback() {
  const { t } = useT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const check = <B>(result: { data?: B; errors?: FieldErrors }): B | undefined => {
    setServerError(null);
    setErrors(result.errors ?? {});
    return result.data;
  };

  const fail = (error: unknown) => {
    const message = errorMessage(error);
    setServerError(message);
    toast.error(t("common.saveError", { message }));
  };

  return { errors, setErrors, serverError, setServerError, check, fail };
}
