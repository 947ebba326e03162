import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  /** The catalogue, which works without search. */
  catalogue: string;
}

/** Search is down: say so, and offer the catalogue (it reads Medusa, not Meilisearch). */
export function Unavailable({ t, catalogue }: Props) {
  return (
    <div className="notice notice--error search-unavailable" role="alert" data-testid="search-unavailable">
      <h2>{t("search.unavailable.title")}</h2>
      <p>{t("search.unavailable.body")}</p>
      <p>
        <a className="button" href={catalogue}>
          {t("search.unavailable.catalogue")}
        </a>
      </p>
    </div>
  );
}
