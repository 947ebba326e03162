import { cartEn } from "./areas/cart.ts";
import { catalogEn } from "./areas/catalog.ts";
import { contentEn } from "./areas/content.ts";
import { curationEn } from "./areas/curation.ts";
import { marksEn } from "./areas/marks.ts";
import { portalEn } from "./areas/portal.ts";
import { searchEn } from "./areas/search.ts";
import { traceEn } from "./areas/trace.ts";
import { portalTraceEn } from "./areas/portal-trace.ts";
import type { Dictionary } from "./vi.ts";

/** English. Must have every key of the Vietnamese dictionary (checked by the type). */
export const en: Dictionary = {
  "site.name": "Kon Tum Crafts",
  "site.tagline": "Traditional crafts of the ethnic peoples of Kon Tum",
  "site.description":
    "Brocade, basketry, wood carving and other traditional crafts of Kon Tum's ethnic minorities: craft villages, artisans and their work.",
  "nav.language": "Language",
  "nav.skip": "Skip to main content",
  "nav.main": "Main navigation",
  "nav.villages": "Villages",
  "nav.stories": "Stories",
  "nav.products": "Shop",
  "nav.cart": "Cart",
  "currency.label": "Currency",
  "currency.vnd": "VND (₫)",
  "currency.usd": "USD ($)",
  "currency.apply": "Change",
  "home.title": "Crafts of Kon Tum",
  "home.intro":
    "Every piece of brocade, back-basket or carved statue carries the story of a craft village. Buy directly from the people who make them.",
  "home.newProducts": "New pieces",
  "home.noProducts": "No products are on sale yet.",
  "commerce.unavailable": "The shop cannot be reached right now. Please come back in a few minutes.",
  "product.noPrice": "Ask for the price",
  "villages.title": "Craft villages",
  "villages.intro":
    "The craft villages of the ethnic peoples of the Kon Tum highlands: visit, meet the makers and buy where things are made.",
  "village.ethnicGroup": "Ethnic group",
  "village.crafts": "Traditional crafts",
  "village.place": "Where",
  "village.howToVisit": "How to visit",
  "village.products": "Made in this village",
  "village.noProducts": "The village has no products on sale yet.",
  "village.allVillages": "All craft villages",
  "footer.sample": "Products, artisans and stories on this site are sample data for demonstration.",
  "footer.province": "Traditional crafts of the local ethnic minorities of the Kon Tum highlands.",
  "error.404.title": "Page not found",
  "error.404.body": "The page you are looking for does not exist or has moved.",
  "error.500.title": "Something went wrong",
  "error.500.body": "We are fixing it. Please try again in a few minutes.",
  "error.503.title": "The shop is briefly unavailable",
  "error.503.body":
    "We cannot reach the shop right now. Your cart is kept; please try again in a few minutes.",
  "error.backHome": "Back to the home page",
  ...catalogEn,
  ...cartEn,
  ...contentEn,
  ...searchEn,
  ...portalEn,
  ...marksEn,
  ...curationEn,
  ...traceEn,
  ...portalTraceEn,
};
