/**
 * A page with its server islands (`server:defer`) filled in, as the browser's inline script does: each
 * island's URL is in the page; it is fetched with the page's cookies and the page as referrer.
 * `transform` is applied to every HTML text (e.g. decoding entities) before it is returned.
 */
export async function withServerIslands(
  base: string,
  pathname: string,
  options: { cookie?: string; transform?: (html: string) => string } = {},
) {
  const { cookie, transform = (html: string) => html } = options;
  const cookieHeader: Record<string, string> = cookie ? { cookie } : {};
  const response = await fetch(`${base}${pathname}`, {
    headers: { "accept-encoding": "identity", ...cookieHeader },
  });
  const raw = await response.text();
  const urls = new Set(
    [...raw.matchAll(/"(\/_server-islands\/\w+\?[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")),
  );
  const islands = new Map<string, { response: Response; html: string }>();
  for (const url of urls) {
    const headers = { referer: `${base}${pathname}`, ...cookieHeader };
    const islandResponse = await fetch(`${base}${url}`, { headers });
    islands.set(/_server-islands\/(\w+)/.exec(url)![1]!, {
      response: islandResponse,
      html: transform(await islandResponse.text()),
    });
  }
  const html = transform(raw);
  return { response, html, islands, all: html + [...islands.values()].map((island) => island.html).join("") };
}
