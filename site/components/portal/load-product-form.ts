import type { ArtisanMark, ArtisanMarksResponse } from "../../../commerce/src/api/artisan/marks/types.ts";
import type { MarkRefusal } from "../../../commerce/src/modules/trace/marks/mark-refusals.ts";
import type { ApiFailure, PortalErrorCode } from "../../lib/portal/api-error.ts";
import { noticeOf, placeError, retrieveOwn } from "../../lib/portal/form-page.ts";
import { materialRowsAfter } from "../../lib/portal/material-rows.ts";
import { callMedusa } from "../../lib/portal/medusa-api.ts";
import { portalPath } from "../../lib/portal/paths.ts";
import { changedFields, needsModeration } from "../../lib/portal/product-changes.ts";
import {
  checkProductForm,
  emptyProductForm,
  fieldOfCode,
  valuesOfForm,
  valuesOfProduct,
  type ProductFormErrors,
  type ProductFormValues,
} from "../../lib/portal/product-form.ts";
import {
  field,
  postedForm,
  requireArtisan,
  seeOther,
  type PortalContext,
  type PortalRoute,
  type Signed,
} from "../../lib/portal/session.ts";
import type { ArtisanProduct, ArtisanProductResponse } from "../../lib/portal/types.ts";

/**
 * The new-product and edit-product pages. The form posts to its own page: `intent=save` saves,
 * `intent=add-material` / `remove-material:<n>` only change the rows shown (no JavaScript needed),
 * `intent=delete-photo` with `photo_id` deletes a photo. On an error the page shows what was typed.
 */
export type ProductNotice = "created" | "waiting" | "saved" | "photo-added" | "photo-removed";

export interface ProductFormData {
  signed: Signed;
  /** Undefined on the new-product page. */
  product?: ArtisanProduct;
  values: ProductFormValues;
  errors: ProductFormErrors;
  /** An error that belongs to no field (Medusa down, photo refused…). */
  formError?: PortalErrorCode;
  notice?: ProductNotice;
  /** The registry's marks, each with the artisan's own right to use it today. */
  marks: ArtisanMark[];
  /** The marks a save was refused for, with the reasons (beside the marks field). */
  refusals?: MarkRefusal[];
}

const NOTICES: readonly ProductNotice[] = ["created", "waiting", "saved", "photo-added", "photo-removed"];

function failed(data: ProductFormData, failure: ApiFailure): PortalRoute<ProductFormData> {
  const placed = placeError(failure.code, fieldOfCode);
  return {
    kind: "ok",
    data: { ...data, ...placed, refusals: placed.formError ? undefined : failure.refusals },
  };
}

export async function loadProductForm(
  context: PortalContext,
  productId: string | undefined,
): Promise<PortalRoute<ProductFormData>> {
  const session = await requireArtisan(context);
  if (session.kind !== "ok") return session;
  const { token, locale } = session.data;
  let product: ArtisanProduct | undefined;
  const path = productId ? `/artisan/products/${encodeURIComponent(productId)}` : "/artisan/products";
  if (productId) {
    const found = await retrieveOwn<ArtisanProductResponse>(context, path, token);
    if (found.kind === "unavailable") return found;
    if (found.kind === "missing") {
      const values = emptyProductForm();
      const data = { signed: session.data, values, errors: {}, formError: "not_found" as const, marks: [] };
      return { kind: "ok", data };
    }
    product = found.data.product;
  }
  const registry = await callMedusa<ArtisanMarksResponse>("/artisan/marks", { token });
  if (!registry.ok && registry.code === "unavailable") return { kind: "unavailable" };
  const marks = registry.ok ? registry.data.marks : [];
  const base = { signed: session.data, product, errors: {}, notice: noticeOf(context.url, NOTICES), marks };
  const form = await postedForm(context.request);
  if (!form) {
    return { kind: "ok", data: { ...base, values: product ? valuesOfProduct(product) : emptyProductForm() } };
  }
  const intent = field(form, "intent") || "save";
  const here = (notice: ProductNotice, id = product?.id) =>
    seeOther(portalPath(locale, `products/${id}`, { notice }));

  if (intent === "delete-photo" && product) {
    const photoId = encodeURIComponent(field(form, "photo_id"));
    const removed = await callMedusa(`${path}/photos/${photoId}`, { method: "DELETE", token });
    if (removed.ok) return { kind: "redirect", response: here("photo-removed") };
    context.response.status = removed.status || 503;
    return { kind: "ok", data: { ...base, values: valuesOfProduct(product), formError: removed.code } };
  }

  const values = valuesOfForm(form);
  const rows = materialRowsAfter(intent, values.materials);
  if (rows) return { kind: "ok", data: { ...base, values: { ...values, materials: rows } } };

  const data: ProductFormData = { ...base, values };
  const checked = checkProductForm(values);
  if (!checked.body) {
    context.response.status = 400;
    return { kind: "ok", data: { ...data, errors: checked.errors } };
  }
  const changes = product ? changedFields(checked.body, product) : checked.body;
  if (product && Object.keys(changes).length === 0) return { kind: "redirect", response: here("saved") };
  const saved = await callMedusa<ArtisanProductResponse>(path, { method: "POST", token, body: changes });
  if (!saved.ok) {
    context.response.status = saved.status || 503;
    return failed(data, saved);
  }
  if (!product) return { kind: "redirect", response: here("created", saved.data.product.id) };
  const moderated = needsModeration(changes) || saved.data.product.status === "proposed";
  return { kind: "redirect", response: here(moderated ? "waiting" : "saved") };
}
