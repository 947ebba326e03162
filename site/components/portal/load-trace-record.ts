import { vietnamDate } from "../../../commerce/src/modules/trace/marks/mark-use.ts";
import type { PortalErrorCode } from "../../lib/portal/api-error.ts";
import { noticeOf, placeError, retrieveOwn } from "../../lib/portal/form-page.ts";
import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { portalPath } from "../../lib/portal/paths.ts";
import {
  field,
  postedForm,
  requireArtisan,
  seeOther,
  type PortalContext,
  type PortalRoute,
  type Signed,
} from "../../lib/portal/session.ts";
import {
  checkTraceStepForm,
  emptyTraceStepForm,
  traceStepFieldOfCode,
  traceStepValuesOfForm,
  type TraceStepFormErrors,
  type TraceStepFormValues,
} from "../../lib/portal/trace-form.ts";
import type { ArtisanTraceRecordResponse } from "../../lib/portal/types.ts";
import { villageOf } from "./village-name.ts";

/**
 * A record of origin: its facts, timeline, the add-a-step form, publication and, once published, its QR
 * code. Both forms post to this page (`intent=add-step` or `intent=publish`), then come back to it with a
 * notice (Post-Redirect-Get); an error keeps what was typed.
 */
export type TraceNotice = "created" | "step-added" | "published";
const NOTICES: readonly TraceNotice[] = ["created", "step-added", "published"];

export interface TraceRecordData {
  signed: Signed;
  /** Undefined when the record is not one of the artisan's (the page says so, with a 404). */
  record?: ArtisanTraceRecordResponse["trace_record"];
  villageName: string;
  /** Today in Vietnam (the latest day a step may have happened). */
  today: string;
  step: TraceStepFormValues;
  stepErrors: TraceStepFormErrors;
  /** An error that belongs to no field (publication refused, Medusa down, …). */
  formError?: PortalErrorCode;
  notice?: TraceNotice;
}

/** The code of a failed append: 409 is a step recorded at the same moment; the description's own message. */
function stepFailure(status: number, code: PortalErrorCode): PortalErrorCode {
  if (status === 409) return "trace_busy";
  return code === "description_too_long" ? "trace_description_required" : code;
}

export async function loadTraceRecord(
  context: PortalContext,
  id: string | undefined,
): Promise<PortalRoute<TraceRecordData>> {
  const session = await requireArtisan(context);
  if (session.kind !== "ok") return session;
  const { token, locale } = session.data;
  const path = `/artisan/trace-records/${encodeURIComponent(id ?? "")}`;
  const found = await retrieveOwn<ArtisanTraceRecordResponse>(context, path, token);
  const today = vietnamDate(new Date());
  if (found.kind === "unavailable") return found;
  if (found.kind === "missing") {
    const step = emptyTraceStepForm(today, "");
    const data = {
      signed: session.data,
      villageName: "",
      today,
      step,
      stepErrors: {},
      formError: "trace_not_found" as const,
    };
    return { kind: "ok", data };
  }
  const record = found.data.trace_record;
  const village = await villageOf(locale, record.village_handle);
  const notice = noticeOf(context.url, NOTICES);
  const base = { signed: session.data, record, villageName: village.name, today, stepErrors: {}, notice };
  const form = await postedForm(context.request);
  if (!form) return { kind: "ok", data: { ...base, step: emptyTraceStepForm(today, village.place) } };

  const here = (next: TraceNotice) => seeOther(portalPath(locale, `trace/${record.id}`, { notice: next }));
  if (field(form, "intent") === "publish") {
    const step = emptyTraceStepForm(today, village.place);
    const published = await callMedusa(`${path}/publish`, { method: "POST", token, body: {} });
    if (published.ok) return { kind: "redirect", response: here("published") };
    context.response.status = published.status || 503;
    // 400 from the publish route: no steps yet, or a chain that is no longer intact.
    const code: PortalErrorCode =
      published.status === 400
        ? record.events.length
          ? "trace_publish_refused"
          : "trace_no_steps"
        : published.code;
    return { kind: "ok", data: { ...base, step, formError: code } };
  }

  const step = traceStepValuesOfForm(form);
  const checked = checkTraceStepForm(step, today);
  if (!checked.body) {
    context.response.status = 400;
    return { kind: "ok", data: { ...base, step, stepErrors: checked.errors } };
  }
  const added = await callMedusa(`${path}/events`, { method: "POST", token, body: checked.body });
  if (added.ok) return { kind: "redirect", response: here("step-added") };
  context.response.status = added.status || 503;
  const placed = placeError(stepFailure(added.status, added.code), traceStepFieldOfCode);
  return { kind: "ok", data: { ...base, step, stepErrors: placed.errors, formError: placed.formError } };
}
