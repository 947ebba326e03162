/**
 * `npm run bench:weight [-- <storefront URL> | --test-stack]`: what a phone downloads for a product
 * page and for a tag's trace page (the sample batch). Opens it in Chromium at 390×844 (device pixel ratio 3, touch) and counts, without scrolling,
 * every byte transferred until the network is idle (the weight before below-the-fold images); then
 * scrolls to the bottom and sums the JavaScript the page loaded, gzipped (the Node server sends it
 * uncompressed; a CDN or proxy would gzip it). Also used by `npm run bench:lighthouse`.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Response } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tests/harness/browser.ts";
import { BENCH_TRACE_PATH, productHandles, resolveTarget } from "./storefront-target.ts";

export interface PageWeight {
  url: string;
  /** Bytes over the wire (headers and bodies) at first view, before scrolling. */
  firstViewBytes: number;
  firstViewRequests: number;
  /** JavaScript files and inline scripts of the page, gzipped, after scrolling to the bottom. */
  jsGzipBytes: number;
  jsFiles: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function transferred(response: Response): Promise<number> {
  const sizes = await response.request().sizes();
  return sizes.responseHeadersSize + sizes.responseBodySize;
}

/** Weight of `url` as a phone loads it (see the file comment). */
export async function measurePageWeight(url: string): Promise<PageWeight> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on("response", (response) => responses.push(response));
    const main = await page.goto(url, { waitUntil: "networkidle" });
    if (!main?.ok()) throw new Error(`${url} answered ${main?.status()}`);
    const firstView = [...responses];
    let firstViewBytes = 0;
    for (const response of firstView) firstViewBytes += await transferred(response);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    let jsGzipBytes = 0;
    let jsFiles = 0;
    for (const response of responses) {
      if (response.request().resourceType() !== "script") continue;
      jsGzipBytes += gzipSync(await response.body()).length;
      jsFiles++;
    }
    const inline = await page.$$eval("script:not([src])", (scripts) =>
      scripts
        .filter((script) => !script.getAttribute("type")?.includes("json"))
        .map((script) => script.textContent ?? ""),
    );
    for (const code of inline) jsGzipBytes += code.trim() ? gzipSync(code).length : 0;
    await context.close();
    return { url, firstViewBytes, firstViewRequests: firstView.length, jsGzipBytes, jsFiles };
  } finally {
    await browser.close();
  }
}

/** Markdown rows for a page's weight (a product page unless named), with the targets. */
export function weightRows(weight: PageWeight, page = "product page"): string[] {
  return [
    `| JavaScript shipped to a ${page} (gzipped; ${weight.jsFiles} files + inline) | ${kb(weight.jsGzipBytes)} | ≤ 60 KB |`,
    `| ${page} weight before below-the-fold images (${weight.firstViewRequests} requests) | ${kb(weight.firstViewBytes)} | ≤ 250 KB |`,
  ];
}

if (import.meta.main) {
  const target = await resolveTarget();
  try {
    const [handle] = await productHandles(target, 1);
    const weight = await measurePageWeight(`${target.storefront}/products/${handle}/`);
    const trace = await measurePageWeight(`${target.storefront}${BENCH_TRACE_PATH}`);
    console.log(`\n${weight.url} and ${trace.url}, 390×844 at 3× in Chromium\n`);
    console.log("| measure | result | target |\n| --- | --- | --- |");
    for (const row of [...weightRows(weight), ...weightRows(trace, "trace page")]) console.log(row);
  } finally {
    await target.dispose();
  }
}
