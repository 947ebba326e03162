import { vietnamDate } from "../../../commerce/src/modules/trace/marks/mark-use.ts";
import type { PortalErrorCode } from "../../lib/portal/api-error.ts";
import { placeError } from "../../lib/portal/form-page.ts";
import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { portalPath } from "../../lib/portal/paths.ts";
import { materialRowsAfter } from "../../lib/portal/material-rows.ts";
import { valuesOfProduct } from "../../lib/portal/product-form.ts";
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
  checkTraceRecordForm,
  emptyTraceRecordForm,
  randomSuffix,
  suggestTraceCode,
  traceRecordFieldOfCode,
  traceRecordValuesOfForm,
  type TraceRecordFormErrors,
  type TraceRecordFormValues,
} from "../../lib/portal/trace-form.ts";
import type {
  ArtisanCoMakersResponse,
  ArtisanProduct,
  ArtisanProductsResponse,
  ArtisanTraceRecordResponse,
} from "../../lib/portal/types.ts";

/**
 * The new-record page. The form posts to its own page: `intent=save` creates the draft (then the record's
 * page), `product-materials` fills the materials in from the chosen product, `add-material` /
 * `remove-material:<n>` change the rows shown. Everything works without JavaScript; an error keeps what
 * was typed.
 */
export interface TraceNewData {
  signed: Signed;
  products: ArtisanProduct[];
  coMakers: ArtisanCoMakersResponse["artisans"];
  values: TraceRecordFormValues;
  errors: TraceRecordFormErrors;
  /** An error that belongs to no field (Medusa down, …). */
  formError?: PortalErrorCode;
}

/** The product's materials as form rows (empty when it has none). */
function materialsOf(products: ArtisanProduct[], id: string) {
  const product = products.find((candidate) => candidate.id === id);
  return product?.materials.length ? valuesOfProduct(product).materials : [];
}

export async function loadTraceNew(context: PortalContext): Promise<PortalRoute<TraceNewData>> {
  const session = await requireArtisan(context);
  if (session.kind !== "ok") return session;
  const { token, locale } = session.data;
  const [listed, neighbours] = await Promise.all([
    callMedusa<ArtisanProductsResponse>("/artisan/products", { token, query: { limit: 100 } }),
    callMedusa<ArtisanCoMakersResponse>("/artisan/co-makers", { token }),
  ]);
  if (!listed.ok || !neighbours.ok) {
    const failure = !listed.ok ? listed : neighbours.ok ? undefined : neighbours;
    if (failure?.code === "unavailable") return { kind: "unavailable" };
    throw new Error(`[portal] new trace record: Medusa answered ${failure?.status} ${failure?.message}`);
  }
  const products = listed.data.products;
  const coMakers = neighbours.data.artisans;
  const base = { signed: session.data, products, coMakers, errors: {} };
  const form = await postedForm(context.request);
  if (!form) {
    const asked = context.url.searchParams.get("product") ?? "";
    const only = products.length === 1 ? products[0].id : "";
    const productId = products.some((product) => product.id === asked) ? asked : only;
    const code = suggestTraceCode(vietnamDate(new Date()), randomSuffix());
    return {
      kind: "ok",
      data: { ...base, values: emptyTraceRecordForm(code, productId, materialsOf(products, productId)) },
    };
  }

  const intent = field(form, "intent") || "save";
  const values = traceRecordValuesOfForm(form);
  if (intent === "product-materials") {
    const rows = materialsOf(products, values.productId);
    const errors: TraceRecordFormErrors = values.productId ? {} : { productId: "trace_product_required" };
    return {
      kind: "ok",
      data: { ...base, values: { ...values, materials: rows.length ? rows : values.materials }, errors },
    };
  }
  const rows = materialRowsAfter(intent, values.materials);
  if (rows) return { kind: "ok", data: { ...base, values: { ...values, materials: rows } } };

  const checked = checkTraceRecordForm(values, {
    productIds: products.map((product) => product.id),
    coMakerIds: coMakers.map((artisan) => artisan.id),
  });
  if (!checked.body) {
    context.response.status = 400;
    return { kind: "ok", data: { ...base, values, errors: checked.errors } };
  }
  const saved = await callMedusa<ArtisanTraceRecordResponse>("/artisan/trace-records", {
    method: "POST",
    token,
    body: checked.body,
  });
  if (saved.ok) {
    const page = portalPath(locale, `trace/${saved.data.trace_record.id}`, { notice: "created" });
    return { kind: "redirect", response: seeOther(page) };
  }
  context.response.status = saved.status || 503;
  // 422 (or 409 when two saves cross): the product already has a record with this number.
  const taken = saved.status === 422 || saved.status === 409;
  const code: PortalErrorCode = taken ? "trace_code_taken" : saved.code;
  return { kind: "ok", data: { ...base, values, ...placeError(code, traceRecordFieldOfCode) } };
}
