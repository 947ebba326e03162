import { getLocale } from "../../i18n/index.ts";
import type { ApiFailure, PortalErrorCode } from "../../lib/portal/api-error.ts";
import { clientIpOf } from "../../lib/portal/client-ip.ts";
import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { safeNext } from "../../lib/portal/paths.ts";
import {
  field,
  postedForm,
  privatePage,
  seeOther,
  storeSession,
  type PortalContext,
  type PortalRoute,
} from "../../lib/portal/session.ts";

/** A failed form: the code to explain and, for 429, how long to wait. */
export interface FormError {
  code: PortalErrorCode;
  retryAfterSeconds?: number;
}

export interface LoginData {
  email: string;
  next: string;
  error?: FormError;
  notice?: "signedOut" | "expired" | "passwordChanged";
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function asFormError(failure: ApiFailure): FormError {
  return { code: failure.code, retryAfterSeconds: failure.retryAfterSeconds };
}

/** Signs in with Medusa's emailpass provider for artisans; the token goes into the cookie. */
export async function signIn(
  context: PortalContext,
  email: string,
  password: string,
): Promise<{ ok: true } | { ok: false; error: FormError }> {
  const result = await callMedusa<{ token: string }>("/auth/artisan/emailpass", {
    method: "POST",
    body: { email, password },
    clientIp: clientIpOf(context),
  });
  if (result.ok) {
    storeSession(context, result.data.token);
    return { ok: true };
  }
  const code = result.status === 401 || result.status === 400 ? "invalid_credentials" : result.code;
  return { ok: false, error: { ...asFormError(result), code } };
}

export async function loadLoginPage(context: PortalContext): Promise<PortalRoute<LoginData>> {
  privatePage(context);
  const locale = getLocale(context);
  const search = context.url.searchParams;
  const next = safeNext(search.get("next"), locale);
  const notice = search.get("signed_out")
    ? "signedOut"
    : search.get("expired")
      ? "expired"
      : search.get("changed")
        ? "passwordChanged"
        : undefined;
  const form = await postedForm(context.request);
  if (!form) return { kind: "ok", data: { email: search.get("email") ?? "", next, notice } };
  const email = field(form, "email");
  const password = form.get("password");
  const data: LoginData = { email, next: safeNext(field(form, "next"), locale) };
  if (!EMAIL.test(email)) return fail(context, data, "email_invalid");
  if (typeof password !== "string" || !password) return fail(context, data, "password_required");
  const signed = await signIn(context, email, password);
  if (signed.ok) return { kind: "redirect", response: seeOther(data.next) };
  context.response.status = signed.error.code === "too_many_attempts" ? 429 : 401;
  if (signed.error.code === "unavailable") context.response.status = 503;
  return { kind: "ok", data: { ...data, error: signed.error } };
}

function fail(context: PortalContext, data: LoginData, code: PortalErrorCode): PortalRoute<LoginData> {
  context.response.status = 400;
  return { kind: "ok", data: { ...data, error: { code } } };
}
