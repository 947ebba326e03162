import { search } from "@medusajs/framework/utils";

/**
 * The product indexes' fields as Medusa's Search Module sees them (what /store/search may filter, sort,
 * facet and return). search-config/products.ts declares the same lists as Meilisearch settings; a unit
 * test (tests/unit/search-product-fields.test.ts) keeps the two in step.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 10 }),
  craft_name: search.text().searchable({ weight: 9 }),
  ethnic_group_name: search.text().searchable({ weight: 8 }),
  village_name: search.text().searchable({ weight: 7 }),
  artisan_name: search.text().searchable({ weight: 6 }),
  materials: search.text().array().searchable({ weight: 5 }),
  subtitle: search.text().searchable({ weight: 4 }),
  description: search.text().searchable({ weight: 3 }),
  other_names: search.text().array().searchable({ weight: 1 }).retrievable(false),
  status: search.keyword().filterable(),
  thumbnail: search.keyword(),
  craft: search.keyword().filterable().facetable(),
  ethnic_group: search.keyword().filterable().facetable(),
  village: search.keyword().filterable().facetable(),
  artisan: search.keyword().filterable().facetable(),
  price_vnd: search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  price_usd: search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  ocop_stars: search
    .integer()
    .filterable()
    .facetable({ types: ["value", "range"] }),
  sample: search.boolean(),
  language: search.keyword().filterable(),
  created_at: search.date().sortable(),
  sales_channel_ids: search.keyword().array().filterable(),
});

/** The date fields of the product indexes. */
export const PRODUCT_DATE_FIELDS = ["created_at"];
