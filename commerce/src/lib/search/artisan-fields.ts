import { search } from "@medusajs/framework/utils";

/**
 * The artisan indexes' fields as Medusa's Search Module sees them (what /store/search may filter, sort,
 * facet and return). search-config/artisans.ts declares the same lists as Meilisearch settings; a unit
 * test (tests/unit/search-artisan-document.test.ts) keeps the two in step.
 */
export const artisanSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  name: search.text().searchable({ weight: 10 }).sortable(),
  craft_names: search.text().array().searchable({ weight: 9 }),
  village_name: search.text().searchable({ weight: 8 }),
  ethnic_group_name: search.text().searchable({ weight: 7 }),
  title_name: search.text().searchable({ weight: 6 }),
  bio: search.text().searchable({ weight: 5 }),
  other_names: search.text().array().searchable({ weight: 1 }).retrievable(false),
  title: search.keyword().filterable().facetable(),
  village: search.keyword().filterable().facetable(),
  ethnic_group: search.keyword().filterable().facetable(),
  crafts: search.keyword().array().filterable().facetable(),
  portrait_url: search.keyword(),
  product_count: search.integer().sortable(),
  sample: search.boolean(),
  language: search.keyword().filterable(),
});
