import { describe, expect, it } from "vitest";
import { checkoutProblems, isEmail } from "../../commerce/src/lib/checkout-rules.ts";
import { findVietnamProvince, VIETNAM_PROVINCES } from "../../commerce/src/lib/vietnam-provinces.ts";
import { validateCheckout, type CheckoutValues } from "../../site/components/checkout/checkout-schema.ts";

describe("Vietnam's provinces after the 2025 merger", () => {
  it("are 34: 6 cities and 28 provinces, each named once", () => {
    expect(VIETNAM_PROVINCES).toHaveLength(34);
    expect(VIETNAM_PROVINCES.filter((entry) => entry.kind === "city")).toHaveLength(6);
    expect(new Set(VIETNAM_PROVINCES.map((entry) => entry.name)).size).toBe(34);
  });

  it("finds a province with or without its prefix; merged ones are gone", () => {
    expect(findVietnamProvince("Tỉnh Quảng Ngãi")?.name).toBe("Quảng Ngãi");
    expect(findVietnamProvince(" thành phố hồ chí minh ")?.name).toBe("Hồ Chí Minh");
    expect(findVietnamProvince("Kon Tum")).toBeUndefined();
    expect(findVietnamProvince("Bình Dương")).toBeUndefined();
  });
});

describe("what Medusa requires before an order", () => {
  const address = {
    address_1: "12 Lê Lợi",
    city: "Phường Kon Tum",
    province: "Quảng Ngãi",
    country_code: "vn",
  };

  it("accepts a Vietnamese delivery and a pickup with only a valid email", () => {
    expect(checkoutProblems({ email: "a@b.vn", pickup: false, address })).toEqual([]);
    expect(checkoutProblems({ email: "a@b.vn", pickup: true, address: null })).toEqual([]);
  });

  it("names the email, the empty street and the unknown province", () => {
    const problems = checkoutProblems({
      email: "a@b",
      pickup: false,
      address: { ...address, address_1: "  ", province: "Kon Tum" },
    });
    expect(problems).toEqual(["email", "address_1", "province"]);
    expect(isEmail("khach.mau@example.com")).toBe(true);
    expect(isEmail("khach mau@example.com")).toBe(false);
  });
});

describe("the checkout form's rules", () => {
  const context = {
    vietnam: true,
    countries: ["vn"],
    shippingOptionIds: ["so_delivery", "so_pickup"],
    pickupOptionIds: ["so_pickup"],
    paymentProviders: ["pp_system_default", "pp_vietqr_vietqr"],
  };
  const filled: CheckoutValues = {
    email: "khach@example.com",
    phone: "0905 123 456",
    shippingOptionId: "so_delivery",
    fullName: "Khách Mẫu",
    countryCode: "",
    street: "12 Lê Lợi",
    ward: "Phường Kon Tum",
    city: "",
    province: "Quảng Ngãi",
    postalCode: "",
    paymentProvider: "pp_vietqr_vietqr",
  };

  it("passes a complete Vietnamese delivery, with the phone's spaces removed", () => {
    const result = validateCheckout(filled, context);
    expect(result.ok && result.values.phone).toBe("0905123456");
  });

  it("flags each bad field with its message key", () => {
    const result = validateCheckout({ ...filled, email: "x@", street: "", province: "Kon Tum" }, context);
    expect(result.ok ? {} : result.errors).toEqual({
      email: "email",
      street: "street",
      province: "province",
    });
  });

  it("asks a pickup for name, phone and email only", () => {
    const pickup = { ...filled, shippingOptionId: "so_pickup", street: "", ward: "", province: "" };
    expect(validateCheckout(pickup, context).ok).toBe(true);
  });

  it("offers VietQR only where the cart's providers include it", () => {
    const usd = { ...context, vietnam: false, countries: ["fr"], paymentProviders: ["pp_system_default"] };
    const result = validateCheckout({ ...filled, countryCode: "fr", city: "Lyon", postalCode: "69001" }, usd);
    expect(result.ok ? {} : result.errors).toEqual({ paymentProvider: "payment" });
  });
});
