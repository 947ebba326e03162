/**
 * The query mix of `npm run bench:search`: what buyers type (with and without diacritics, English
 * words, typos) crossed with what the search page asks for (facets with counts, price statistics, a
 * craft filter, an ethnic group with a price range), each as the body Meilisearch and Medusa's
 * POST /store/search take.
 */
import { CRAFTS, ETHNIC_GROUPS } from "../../commerce/src/modules/craft/vocabulary.ts";

const TEXTS = [
  "thổ cẩm",
  "tho cam",
  "brocade",
  "brocad",
  "brocdae",
  "gùi",
  "gui ba na",
  "back basket",
  "basketry",
  "dan lat",
  "đan lát",
  "tượng gỗ",
  "tuong go",
  "wood carving",
  "Xơ Đăng",
  "Xo Dang",
  "Ba Na",
  "Sedang",
  "khan",
  "váy",
  "mau thu 123",
  "san pham thu tai",
  "kon tum",
  "",
];

const FACETS = ["craft", "ethnic_group", "village", "artisan", "ocop_stars", "in_stock"];
const HIGHLIGHT = ["title"];

export interface BenchQuery {
  /** Body of POST /indexes/<physical index>/search. */
  meilisearch: Record<string, unknown>;
  /** Body of POST /store/search. */
  medusa: Record<string, unknown>;
}

/** `count` queries cycling through the texts, each in one of four shapes. */
export function productQueries(count: number): BenchQuery[] {
  return Array.from({ length: count }, (_, i) => {
    const q = TEXTS[i % TEXTS.length] ?? "";
    const shape = Math.floor(i / TEXTS.length) % 4;
    const craft = CRAFTS[i % CRAFTS.length];
    const group = ETHNIC_GROUPS[i % ETHNIC_GROUPS.length];
    const meiliFilter: string[] = ["status = published"];
    const medusaFilters: Record<string, unknown> = q ? { q } : {};
    if (shape === 2) {
      meiliFilter.push(`craft = "${craft}"`);
      medusaFilters.craft = craft;
    }
    if (shape === 3) {
      meiliFilter.push(`ethnic_group = "${group}"`, "price_vnd >= 100000", "price_vnd <= 500000");
      medusaFilters.ethnic_group = group;
      medusaFilters.price_vnd = { $gte: 100000, $lte: 500000 };
    }
    const withFacets = shape !== 0;
    return {
      meilisearch: {
        q,
        limit: 24,
        filter: meiliFilter,
        attributesToHighlight: HIGHLIGHT,
        ...(withFacets ? { facets: [...FACETS, "price_vnd"] } : {}),
      },
      medusa: {
        entity: "products",
        filters: medusaFilters,
        pagination: { take: 24, skip: 0 },
        search_options: {
          highlight: { fields: HIGHLIGHT },
          ...(withFacets
            ? { facets: [...FACETS, { field: "price_vnd", type: "stats" }], disjunctive_facets: true }
            : {}),
        },
      },
    };
  });
}
