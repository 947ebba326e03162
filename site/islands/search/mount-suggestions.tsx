import { createRoot } from "react-dom/client";
import { HeaderSuggestions } from "./HeaderSuggestions.tsx";
import type { SuggestConfig } from "./suggestion-types.ts";

/** The suggestions' settings from the header form's `data-*` attributes (HeaderSearch.astro). */
function readConfig(form: HTMLFormElement): SuggestConfig {
  const data = form.dataset;
  return {
    locale: data.locale === "en" ? "en" : "vi",
    productIndex: data.productIndex ?? "products",
    villageIndex: data.villageIndex ?? "villages",
    artisanIndex: data.artisanIndex ?? "",
    paths: {
      search: form.action ? new URL(form.action).pathname : "/search",
      products: data.productsPath ?? "/products",
      artisans: data.artisansPath ?? "/artisans",
    },
  };
}

/** Mounts the suggestions under the header's search box (once). */
export function mountSuggestions(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const host = form.querySelector<HTMLElement>("[data-suggestions]");
  if (!input || !host || host.dataset.mounted) return;
  host.dataset.mounted = "true";
  createRoot(host).render(<HeaderSuggestions input={input} config={readConfig(form)} />);
}
