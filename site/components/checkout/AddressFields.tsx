import { VIETNAM_PROVINCES } from "../../../commerce/src/lib/vietnam-provinces.ts";
import type { Locale } from "../../i18n/index.ts";
import type { CartKey } from "../cart/cart-strings.ts";
import type { CheckoutField, CheckoutValues } from "./checkout-schema.ts";
import { SelectField, TextField } from "./FormFields.tsx";

interface Props {
  locale: Locale;
  /** "vietnam": street, commune/ward, province (no district); "international": country, address, city, postal code. */
  form: "vietnam" | "international";
  values: CheckoutValues;
  errors: Partial<Record<CheckoutField, string>>;
  countries: { code: string; name: string }[];
  set: (field: CheckoutField) => (value: string) => void;
  t: (key: CartKey) => string;
}

const collator = { vi: new Intl.Collator("vi"), en: new Intl.Collator("en") };

/** The delivery address fields of the cart's region. */
export function AddressFields({ locale, form, values, errors, countries, set, t }: Props) {
  const common = { requiredMark: t("cart.checkout.required") };
  if (form === "international") {
    return (
      <>
        <SelectField
          {...common}
          name="countryCode"
          label={t("cart.checkout.country")}
          placeholder={t("cart.checkout.chooseCountry")}
          autoComplete="country"
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          value={values.countryCode}
          onChange={set("countryCode")}
          error={errors.countryCode}
        />
        <TextField
          {...common}
          name="street"
          label={t("cart.checkout.streetInternational")}
          autoComplete="address-line1"
          value={values.street}
          onChange={set("street")}
          error={errors.street}
        />
        <TextField
          {...common}
          name="city"
          label={t("cart.checkout.city")}
          autoComplete="address-level2"
          value={values.city}
          onChange={set("city")}
          error={errors.city}
        />
        <TextField
          {...common}
          name="postalCode"
          label={t("cart.checkout.postalCode")}
          autoComplete="postal-code"
          value={values.postalCode}
          onChange={set("postalCode")}
          error={errors.postalCode}
        />
      </>
    );
  }
  const provinces = VIETNAM_PROVINCES.map((province) => ({
    value: province.name,
    label: locale === "en" ? province.nameEn : province.name,
  })).sort((a, b) => collator[locale].compare(a.label, b.label));
  return (
    <>
      <TextField
        {...common}
        name="street"
        label={t("cart.checkout.street")}
        autoComplete="address-line1"
        value={values.street}
        onChange={set("street")}
        error={errors.street}
      />
      <TextField
        {...common}
        name="ward"
        label={t("cart.checkout.ward")}
        hint={t("cart.checkout.wardHint")}
        autoComplete="address-level3"
        value={values.ward}
        onChange={set("ward")}
        error={errors.ward}
      />
      <SelectField
        {...common}
        name="province"
        label={t("cart.checkout.province")}
        placeholder={t("cart.checkout.chooseProvince")}
        autoComplete="address-level1"
        options={provinces}
        value={values.province}
        onChange={set("province")}
        error={errors.province}
      />
    </>
  );
}
