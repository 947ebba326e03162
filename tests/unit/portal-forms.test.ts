import { describe, expect, it } from "vitest";
import { checkPhoto, uploadErrorKey } from "../../site/islands/portal/photo-strings.ts";
import { errorCodeOf, minutesToWait, retryAfterSeconds } from "../../site/lib/portal/api-error.ts";
import { rangeOf, rangeOfQuery } from "../../site/lib/portal/income-period.ts";
import { orderStatusKey, paymentStatusKey } from "../../site/lib/portal/order-status.ts";
import { changedFields, needsModeration } from "../../site/lib/portal/product-changes.ts";
import {
  checkProductForm,
  emptyProductForm,
  parseDong,
  valuesOfProduct,
  type ProductFormValues,
} from "../../site/lib/portal/product-form.ts";
import type { ArtisanProduct } from "../../site/lib/portal/types.ts";

const filled: ProductFormValues = {
  ...emptyProductForm(),
  titleVi: "Gùi mây đan tay",
  craft: "basketry",
  price: "450.000",
  stock: "3",
  materials: [{ name: "Mây rừng", origin: "Kon K'Tu", nameEn: "", originEn: "" }],
};

describe("the product form", () => {
  it("reads prices as artisans type them", () => {
    expect(parseDong("450.000")).toBe(450000);
    expect(parseDong("450 000 đ")).toBe(450000);
    expect(parseDong("-1")).toBeUndefined();
    expect(parseDong("12,5abc")).toBeUndefined();
  });

  it("turns a good form into the body of POST /artisan/products", () => {
    const { body, errors } = checkProductForm(filled);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      title: { vi: "Gùi mây đan tay" },
      craft: "basketry",
      price_vnd: 450000,
      stock: 3,
      materials: [{ name: { vi: "Mây rừng" }, origin: { vi: "Kon K'Tu" } }],
      dimensions: { length_cm: null, width_cm: null, height_cm: null, weight_g: null },
    });
  });

  it("explains each wrong field and keeps no body", () => {
    const { body, errors } = checkProductForm({
      ...filled,
      titleVi: "ab",
      descriptionVi: "Đẹp <script>alert(1)</script>",
      craft: "painting",
      price: "-1",
      stock: "1.5x",
      length: "0",
      materials: [{ name: "Mây", origin: "", nameEn: "", originEn: "" }],
    });
    expect(body).toBeUndefined();
    expect(errors).toEqual({
      titleVi: "title_length",
      descriptionVi: "markup_not_allowed",
      craft: "craft_required",
      price: "price_invalid",
      stock: "stock_invalid",
      dimensions: "dimension_invalid",
      materials: "material_incomplete",
    });
  });

  it("sends only what changed, and knows what goes back to moderation", () => {
    const product: ArtisanProduct = {
      id: "prod_1",
      handle: "gui-may",
      status: "published",
      rejection_reason: null,
      title: { vi: "Gùi mây đan tay", en: "" },
      description: { vi: "", en: "" },
      craft: "basketry",
      materials: [{ name: { vi: "Mây rừng" }, origin: { vi: "Kon K'Tu" } }],
      marks: [],
      price_vnd: 450000,
      stock: 3,
      dimensions: { length_cm: null, width_cm: null, height_cm: null, weight_g: null },
      photos: [],
      thumbnail: null,
      updated_at: "2025-01-01T00:00:00Z",
    };
    const same = checkProductForm(valuesOfProduct(product)).body!;
    expect(changedFields(same, product)).toEqual({});
    const stockOnly = changedFields({ ...same, stock: 5 }, product);
    expect(stockOnly).toEqual({ stock: 5 });
    expect(needsModeration(stockOnly)).toBe(false);
    expect(needsModeration(changedFields({ ...same, price_vnd: 500000 }, product))).toBe(true);
  });
});

describe("income periods (Vietnam days)", () => {
  // 2025-03-31 20:00 UTC is already 1 April in Vietnam.
  const now = Date.UTC(2025, 2, 31, 20);
  it("counts this month, last month and this year in Vietnam time", () => {
    expect(rangeOf("this-month", now)).toMatchObject({ from: "2025-04-01", to: "2025-04-01" });
    expect(rangeOf("last-month", now)).toMatchObject({ from: "2025-03-01", to: "2025-03-31" });
    expect(rangeOf("this-year", now)).toMatchObject({ from: "2025-01-01", to: "2025-04-01" });
  });
  it("takes custom dates in order and within 366 days only", () => {
    const q = (query: string) => rangeOfQuery(new URLSearchParams(query), now);
    expect(q("period=custom&from=2024-01-01&to=2024-12-31")).toEqual({
      range: { period: "custom", from: "2024-01-01", to: "2024-12-31" },
    });
    expect(q("period=custom&from=2024-05-02&to=2024-05-01").error).toBe("period_invalid");
    expect(q("period=custom&from=2023-01-01&to=2024-12-31").error).toBe("period_invalid");
    expect(q("period=custom&from=2024-02-30&to=2024-03-01").error).toBe("period_invalid");
    expect(q("").range.period).toBe("this-month");
    expect(q("period=this-month&from=2025-02-01&to=2025-02-10").range).toMatchObject({ period: "custom" });
  });
});

describe("errors and statuses in the artisan's words", () => {
  it("maps Medusa's codes, then statuses", () => {
    expect(errorCodeOf(400, { code: "markup_not_allowed" })).toBe("markup_not_allowed");
    expect(errorCodeOf(400, { code: "invalid_price_vnd" })).toBe("price_invalid");
    expect(errorCodeOf(429, {})).toBe("too_many_attempts");
    expect(errorCodeOf(502, undefined)).toBe("unavailable");
    expect(retryAfterSeconds("90")).toBe(90);
    expect(minutesToWait(90)).toBe(2);
    expect(minutesToWait(undefined)).toBe(1);
  });
  it("says what an order needs", () => {
    expect(orderStatusKey("pending", "not_fulfilled")).toBe("portal.orderStatus.toPrepare");
    expect(orderStatusKey("canceled", "fulfilled")).toBe("portal.orderStatus.canceled");
    expect(orderStatusKey("completed", "delivered")).toBe("portal.orderStatus.delivered");
    expect(paymentStatusKey("captured")).toBe("portal.paymentStatus.paid");
    expect(paymentStatusKey("awaiting")).toBe("portal.paymentStatus.unpaid");
  });
  it("checks a photo before uploading it", () => {
    expect(checkPhoto({ name: "a.jpg", type: "image/jpeg", size: 1000 })).toBeUndefined();
    expect(checkPhoto({ name: "IMG_1.HEIC", type: "", size: 1000 })).toBeUndefined();
    expect(checkPhoto({ name: "a.pdf", type: "application/pdf", size: 1000 })).toBe(
      "portal.error.photo_unsupported_type",
    );
    expect(checkPhoto({ name: "a.jpg", type: "image/jpeg", size: 16 * 1024 * 1024 })).toBe(
      "portal.error.photo_too_large",
    );
    expect(uploadErrorKey(422, "photo_too_many_pixels")).toBe("portal.error.photo_too_many_pixels");
    expect(uploadErrorKey(413, undefined)).toBe("portal.error.photo_too_large");
  });
});
