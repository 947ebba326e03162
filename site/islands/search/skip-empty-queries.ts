import type { SearchClient } from "instantsearch.js";

type Requests = Parameters<SearchClient["search"]>[0];
type Results = Awaited<ReturnType<SearchClient["search"]>>["results"];

const queryOf = (request: Requests[number]): string => {
  const params: unknown = request.params;
  return typeof params === "object" && params && "query" in params && typeof params.query === "string"
    ? params.query.trim()
    : "";
};

/**
 * A search client that answers empty queries itself with no hits: suggestions show nothing for an
 * empty box, so the first focus sends no request.
 */
export function skipEmptyQueries(client: SearchClient): SearchClient {
  return {
    ...client,
    search(requests) {
      if (requests.some((request) => queryOf(request) !== "")) return client.search(requests);
      const results = requests.map(() => ({
        hits: [],
        nbHits: 0,
        nbPages: 0,
        page: 0,
        hitsPerPage: 0,
        processingTimeMS: 0,
        exhaustiveNbHits: true,
        query: "",
        params: "",
      }));
      return Promise.resolve({ results: results as Results });
    },
  } as SearchClient;
}
