import type { Person, Product, WithContext } from "schema-dts";

export interface TraceJsonLdInput {
  /** Absolute URL of the trace page (its canonical Digital Link). */
  url: string;
  /** The product's title in the page's language. */
  name: string;
  image?: string;
  gtin14: string;
  /** "Batch DEMO-2026-01 of 8 pieces" / "Single piece, no. …": the record's key in words. */
  key: { propertyID: "GS1 AI 10" | "GS1 AI 21"; name: string; value: string };
  /** The makers, main maker first, with the absolute URLs of their pages. */
  makers: { name: string; url: string }[];
  /** Material names in the page's language. */
  materials: string[];
  country: string;
  /** The day of the last production step, "2026-02-02". */
  productionDate?: string;
}

/**
 * The batch or piece as a schema.org Product (GTIN-14, materials, country of origin, the lot or serial as
 * an identifier) made by its makers (Person nodes: schema.org's `manufacturer` takes an organisation, so
 * it points at them by `@id`, and the main maker's name is the Brand, as on the product page).
 */
export function traceJsonLd(input: TraceJsonLdInput): WithContext<Product | Person>[] {
  const people = input.makers.map((maker) => ({ ...maker, id: `${maker.url}#person` }));
  const product: WithContext<Product> = {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${input.url}#product`,
    name: input.name,
    url: input.url,
    ...(input.image ? { image: input.image } : {}),
    gtin14: input.gtin14,
    identifier: { "@type": "PropertyValue", ...input.key },
    ...(people[0] ? { brand: { "@type": "Brand", name: people[0].name } } : {}),
    ...(people.length ? { manufacturer: people.map((person) => ({ "@id": person.id })) } : {}),
    ...(input.materials.length ? { material: input.materials } : {}),
    countryOfOrigin: { "@type": "Country", name: input.country },
    ...(input.productionDate ? { productionDate: input.productionDate } : {}),
  };
  return [
    product,
    ...people.map((person): WithContext<Person> => ({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": person.id,
      name: person.name,
      url: person.url,
    })),
  ];
}
