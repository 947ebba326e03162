import type { Person, WithContext } from "schema-dts";
import type { StoreArtisan } from "../../../commerce/src/api/store/types.ts";

export interface ArtisanJsonLdInput {
  artisan: StoreArtisan;
  /** Absolute URL of the artisan's page. */
  url: string;
  /** Title or role in the page's language, e.g. "Nghệ nhân Ưu tú". */
  jobTitle: string;
  /** Crafts in the page's language. */
  crafts: string[];
  /** The village's name and absolute URL, when it has a page. */
  village?: { name: string; url: string };
}

/** The artisan as a schema.org Person (the `@id` that product pages point their manufacturer at). */
export function artisanJsonLd({
  artisan,
  url,
  jobTitle,
  crafts,
  village,
}: ArtisanJsonLdInput): WithContext<Person> {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": `${url}#person`,
    name: artisan.display_name,
    url,
    jobTitle,
    description: artisan.bio,
    knowsAbout: crafts,
    ...(artisan.photo_url ? { image: artisan.photo_url } : {}),
    ...(village ? { workLocation: { "@type": "Place", name: village.name, url: village.url } } : {}),
  };
}
