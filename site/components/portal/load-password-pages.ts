import { getLocale } from "../../i18n/index.ts";
import type { PortalErrorCode } from "../../lib/portal/api-error.ts";
import { clientIpOf } from "../../lib/portal/client-ip.ts";
import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { portalPath } from "../../lib/portal/paths.ts";
import {
  field,
  postedForm,
  privatePage,
  seeOther,
  storeSession,
  type PortalContext,
  type PortalRoute,
} from "../../lib/portal/session.ts";
import { asFormError, EMAIL, signIn, type FormError } from "./load-sign-in.ts";

/** The invite, set-password and reset pages: a password typed twice, at least 8 characters. */
export function checkNewPassword(form: FormData): { password?: string; error?: PortalErrorCode } {
  const password = form.get("password");
  const again = form.get("password_again");
  if (typeof password !== "string" || password.length < 8) return { error: "password_too_short" };
  if (password !== again) return { error: "passwords_differ" };
  return { password };
}

/**
 * The new password posted to a page: the page itself when nothing was posted, or again with a 400 and the
 * reason when the two entries are too short or differ.
 */
async function postedNewPassword<Data extends { error?: FormError }>(
  context: PortalContext,
  data: Data,
): Promise<{ kind: "password"; password: string } | { kind: "page"; page: PortalRoute<Data> }> {
  const form = await postedForm(context.request);
  if (!form) return { kind: "page", page: { kind: "ok", data } };
  const checked = checkNewPassword(form);
  if (checked.password) return { kind: "password", password: checked.password };
  context.response.status = 400;
  const error = { code: checked.error ?? "password_too_short" } as const;
  return { kind: "page", page: { kind: "ok", data: { ...data, error } } };
}

export interface InviteData {
  token: string;
  /** Unknown, expired or used: the page says so and shows no form. */
  invite?: { email: string; artisan: { display_name: string } };
  error?: FormError;
}

export async function loadInvitePage(context: PortalContext): Promise<PortalRoute<InviteData>> {
  privatePage(context);
  const locale = getLocale(context);
  const token = context.url.searchParams.get("token") ?? "";
  const path = `/artisan/invites/${encodeURIComponent(token)}`;
  const found = /^[\w-]{8,200}$/.test(token)
    ? await callMedusa<{ invite: NonNullable<InviteData["invite"]> }>(path)
    : undefined;
  if (found && !found.ok && found.code === "unavailable") return { kind: "unavailable" };
  if (!found?.ok) {
    context.response.status = 404;
    return { kind: "ok", data: { token, error: { code: "invite_invalid" } } };
  }
  const data: InviteData = { token, invite: found.data.invite };
  const checked = await postedNewPassword(context, data);
  if (checked.kind === "page") return checked.page;
  const accepted = await callMedusa<{ token: string }>(`${path}/accept`, {
    method: "POST",
    body: { password: checked.password },
    clientIp: clientIpOf(context),
  });
  if (!accepted.ok) {
    context.response.status = accepted.status || 503;
    return { kind: "ok", data: { ...data, error: asFormError(accepted) } };
  }
  storeSession(context, accepted.data.token);
  return { kind: "redirect", response: seeOther(portalPath(locale, "products")) };
}

export interface ForgotData {
  email: string;
  sent: boolean;
  error?: FormError;
}

/** Always says a link was sent when the email is well formed: it never tells who has an account. */
export async function loadForgotPage(context: PortalContext): Promise<PortalRoute<ForgotData>> {
  privatePage(context);
  const form = await postedForm(context.request);
  if (!form) return { kind: "ok", data: { email: "", sent: false } };
  const email = field(form, "email");
  if (!EMAIL.test(email)) {
    context.response.status = 400;
    return { kind: "ok", data: { email, sent: false, error: { code: "email_invalid" } } };
  }
  const asked = await callMedusa("/auth/artisan/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email },
    clientIp: clientIpOf(context),
  });
  if (!asked.ok && asked.code === "unavailable") {
    context.response.status = 503;
    return { kind: "ok", data: { email, sent: false, error: { code: "unavailable" } } };
  }
  return { kind: "ok", data: { email, sent: true } };
}

export interface ResetData {
  token: string;
  email: string;
  error?: FormError;
}

/** Sets the new password with the emailed token, then signs in with it. */
export async function loadResetPage(context: PortalContext): Promise<PortalRoute<ResetData>> {
  privatePage(context);
  const locale = getLocale(context);
  const search = context.url.searchParams;
  const data: ResetData = { token: search.get("token") ?? "", email: search.get("email") ?? "" };
  if (!data.token || !EMAIL.test(data.email)) {
    context.response.status = 400;
    return { kind: "ok", data: { ...data, error: { code: "reset_invalid" } } };
  }
  const checked = await postedNewPassword(context, data);
  if (checked.kind === "page") return checked.page;
  const updated = await callMedusa("/auth/artisan/emailpass/update", {
    method: "POST",
    token: data.token,
    body: { email: data.email, password: checked.password },
    clientIp: clientIpOf(context),
  });
  if (!updated.ok) {
    context.response.status = updated.status || 503;
    const code = updated.code === "unavailable" ? "unavailable" : "reset_invalid";
    return { kind: "ok", data: { ...data, error: { code } } };
  }
  const signed = await signIn(context, data.email, checked.password);
  const next = signed.ok
    ? portalPath(locale, "products")
    : portalPath(locale, "login", { changed: "1", email: data.email });
  return { kind: "redirect", response: seeOther(next) };
}
