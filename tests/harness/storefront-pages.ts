/** The page's text as a buyer reads it: entities decoded, Astro's scoped-style attributes left out. */
export const readableHtml = (html: string): string =>
  html
    .replace(/ data-astro-cid-[a-z0-9]+/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\u00a0|\u202f/g, " ");

/** GET on the storefront as a browser without compression asks it; a redirect is returned, not followed. */
export function storefrontGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}${path}`, {
    redirect: "manual",
    headers: { "accept-encoding": "identity", ...headers },
  });
}

/** A storefront page: the response and its text as a buyer reads it. */
export async function storefrontPage(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; html: string }> {
  const response = await storefrontGet(base, path, headers);
  return { response, html: readableHtml(await response.text()) };
}
