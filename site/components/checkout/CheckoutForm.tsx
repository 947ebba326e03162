import { useState, type FormEvent } from "react";
import { intlLocale, type Locale } from "../../i18n/index.ts";
import { formatPrice } from "../../lib/money/format-price.ts";
import { cartStrings } from "../cart/cart-strings.ts";
import { AddressFields } from "./AddressFields.tsx";
import {
  CHECKOUT_FIELDS,
  validateCheckout,
  type CheckoutField,
  type CheckoutValues,
} from "./checkout-schema.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { ChoiceGroup, fieldId, TextField } from "./FormFields.tsx";
import type { CheckoutData } from "./load-checkout-route.ts";
import { OrderSummary } from "./OrderSummary.tsx";
import { placeOrder, type PlaceOrderFailure } from "./place-order.ts";

interface Props {
  locale: Locale;
  data: Omit<CheckoutData, "currency">;
  /** Where to switch to đồng (and so to village pickups) and come back here; null on đồng carts. */
  switchToVndHref: string | null;
  /** The order page's path without the id: `/order/` or `/en/order/`. */
  orderPathPrefix: string;
}

const EMPTY = Object.fromEntries(CHECKOUT_FIELDS.map((field) => [field, ""])) as CheckoutValues;

/** The checkout: contact, how to receive, address, payment, summary; one page, one island. */
export default function CheckoutForm({ locale, data, switchToVndHref, orderPathPrefix }: Props) {
  const t = cartStrings(locale);
  const { cart, context, shippingChoices } = data;
  const money = (amount: number) => formatPrice(amount, cart.currencyCode, intlLocale(locale));
  const [values, setValues] = useState<CheckoutValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<CheckoutField, string>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [placing, setPlacing] = useState(false);
  const [failure, setFailure] = useState<PlaceOrderFailure | null>(null);

  const check = (next: CheckoutValues) => {
    const result = validateCheckout(next, context);
    const found: Partial<Record<CheckoutField, string>> = {};
    if (!result.ok) {
      for (const [field, key] of Object.entries(result.errors)) {
        found[field as CheckoutField] = t(`cart.checkout.error.${key}`);
      }
    }
    return { result, found };
  };
  const set = (field: CheckoutField) => (value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // After a first attempt, errors follow the buyer's corrections.
    if (submitted) setErrors(check(next).found);
  };

  const chosen = shippingChoices.find((choice) => choice.id === values.shippingOptionId);
  const addressForm = !chosen || chosen.kind === "delivery";

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (placing) return;
    setSubmitted(true);
    setFailure(null);
    const { result, found } = check(values);
    setErrors(found);
    if (!result.ok) {
      const first = CHECKOUT_FIELDS.find((field) => found[field]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setPlacing(true);
    const placed = await placeOrder(cart.id, result.values, context);
    if (placed.ok) {
      window.location.assign(`${orderPathPrefix}${placed.orderId}`);
      return;
    }
    setPlacing(false);
    setFailure(placed.failure);
  }

  const summaryErrors = CHECKOUT_FIELDS.flatMap((field) =>
    errors[field] ? [[field, errors[field]] as [string, string]] : [],
  );
  const common = { requiredMark: t("cart.checkout.required") };
  return (
    <form className="checkout-form" noValidate onSubmit={submit} aria-busy={placing}>
      {summaryErrors.length > 0 && (
        <ErrorSummary
          title={t("cart.checkout.errorSummary", { count: summaryErrors.length })}
          errors={summaryErrors}
        />
      )}
      <fieldset>
        <legend>{t("cart.checkout.contact")}</legend>
        <TextField
          {...common}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("cart.checkout.email")}
          hint={t("cart.checkout.emailHint")}
          value={values.email}
          onChange={set("email")}
          error={errors.email}
        />
        <TextField
          {...common}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t("cart.checkout.phone")}
          value={values.phone}
          onChange={set("phone")}
          error={errors.phone}
        />
      </fieldset>
      <ChoiceGroup
        name="shippingOptionId"
        legend={t("cart.checkout.receive")}
        value={values.shippingOptionId}
        onChange={set("shippingOptionId")}
        error={errors.shippingOptionId}
        choices={shippingChoices.map((choice) => ({
          value: choice.id,
          label: `${choice.label} · ${choice.amount === 0 ? t("cart.checkout.free") : money(choice.amount)}`,
          hint: choice.address ? t("cart.checkout.pickupAt", { address: choice.address }) : undefined,
        }))}
      >
        {shippingChoices.length === 0 && <p>{t("cart.checkout.noOptions")}</p>}
        {switchToVndHref && (
          <p className="hint">
            {t("cart.checkout.pickupNeedsVnd")} <a href={switchToVndHref}>{t("cart.checkout.switchToVnd")}</a>
          </p>
        )}
      </ChoiceGroup>
      <fieldset>
        <legend>{addressForm ? t("cart.checkout.address") : t("cart.checkout.pickupPerson")}</legend>
        <TextField
          {...common}
          name="fullName"
          autoComplete="name"
          label={t("cart.checkout.fullName")}
          value={values.fullName}
          onChange={set("fullName")}
          error={errors.fullName}
        />
        {addressForm && (
          <AddressFields
            locale={locale}
            form={context.vietnam ? "vietnam" : "international"}
            values={values}
            errors={errors}
            countries={data.countries}
            set={set}
            t={t}
          />
        )}
      </fieldset>
      <ChoiceGroup
        name="paymentProvider"
        legend={t("cart.checkout.payment")}
        value={values.paymentProvider}
        onChange={set("paymentProvider")}
        error={errors.paymentProvider}
        choices={context.paymentProviders.map((provider) =>
          provider === "pp_vietqr_vietqr"
            ? { value: provider, label: t("cart.checkout.vietqr"), hint: t("cart.checkout.vietqrHint") }
            : { value: provider, label: t("cart.checkout.cod") },
        )}
      />
      <OrderSummary cart={cart} shippingAmount={chosen ? chosen.amount : null} money={money} t={t} />
      <div role="alert" className="checkout-failure">
        {failure && (
          <p className="notice notice--error">
            {failure.kind === "unavailable"
              ? t("cart.checkout.unavailable")
              : failure.kind === "out-of-stock"
                ? t("cart.checkout.outOfStock")
                : t("cart.checkout.refused", { reason: failure.reason })}
          </p>
        )}
      </div>
      <button type="submit" disabled={placing}>
        {placing
          ? t("cart.checkout.placing")
          : failure?.kind === "unavailable"
            ? t("cart.retry")
            : t("cart.checkout.place")}
      </button>
    </form>
  );
}
