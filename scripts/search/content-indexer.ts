import { readFile } from "node:fs/promises";
import { MeilisearchApiError, type Index, type Meilisearch, type Task } from "meilisearch";
import {
  CONTENT_INDEXES,
  type ContentDocuments,
  type ContentIndexName,
} from "../../search-config/indexes.ts";
import { createAdminClient, type MeilisearchAdmin } from "../stack/search-admin-client.ts";
import { CONTENT_SETTINGS, settingsDifferences } from "./content-settings.ts";

export interface IndexContentOptions extends MeilisearchAdmin {
  /** The documents, or where to read them: a URL (the storefront's /search-documents.json) or a file. */
  documents: ContentDocuments | { url: string } | { file: string };
  onProgress?: (message: string) => void;
}

/** What happened to one index: created, rebuilt (settings changed, swapped in) or its documents updated. */
export interface IndexOutcome {
  index: ContentIndexName;
  action: "created" | "rebuilt" | "updated";
  documents: number;
  /** Documents written (all of them when created or rebuilt; only new or changed ones when updated). */
  changed: number;
  /** Documents removed because their entry is gone (only when updated in place). */
  removed: number;
}

type AnyDocument = { id: string };

/** The index built beside the live one before it is swapped in. */
export const nextIndexName = (index: string) => `${index}_next`;

/** A failed task as an error that says which index and why. */
function assertSucceeded(task: Task, what: string): void {
  if (task.status !== "succeeded") {
    throw new Error(
      `Meilisearch could not ${what} (task ${task.uid} ${task.status}: ${task.error?.message ?? "no reason given"})`,
    );
  }
}

async function loadDocuments(source: IndexContentOptions["documents"]): Promise<ContentDocuments> {
  if ("villages" in source) return source;
  if ("url" in source) {
    const response = await fetch(source.url, {
      headers: { "accept-encoding": "identity" },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      throw new Error(
        `${source.url} answered ${response.status}: the storefront has no search documents; rebuild the site (\`npx astro build\`)`,
      );
    }
    return (await response.json()) as ContentDocuments;
  }
  try {
    return JSON.parse(await readFile(source.file, "utf8")) as ContentDocuments;
  } catch (error) {
    throw new Error(
      `cannot read the search documents ${source.file} (${(error as Error).message}): build the site first (\`npx astro build\`)`,
      { cause: error },
    );
  }
}

/** The live index's settings, or undefined when it does not exist yet. */
async function currentSettings(index: Index) {
  try {
    return await index.getSettings();
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return undefined;
    throw error;
  }
}

async function deleteIfExists(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return;
    throw error;
  }
  assertSucceeded(await client.deleteIndex(uid).waitTask(), `delete the leftover index ${uid}`);
}

/**
 * Builds `<index>_next` with the declared settings and the documents, then swaps it in: searches hit the
 * old index until the swap, which is atomic, and the new one after. No moment without documents.
 */
async function rebuild(
  client: Meilisearch,
  name: ContentIndexName,
  documents: AnyDocument[],
  exists: boolean,
) {
  const next = nextIndexName(name);
  // A run that stopped half-way leaves a `_next` behind: start it again from nothing.
  await deleteIfExists(client, next);
  assertSucceeded(await client.createIndex(next, { primaryKey: "id" }).waitTask(), `create ${next}`);
  const staging = client.index<AnyDocument>(next);
  assertSucceeded(
    await staging.updateSettings(CONTENT_SETTINGS[name]).waitTask(),
    `apply settings to ${next}`,
  );
  if (documents.length > 0) {
    assertSucceeded(await staging.addDocuments(documents).waitTask(), `add documents to ${next}`);
  }
  // Swapping exchanges the two indexes' contents; without a live index yet, rename `_next` instead.
  const swap = await client.swapIndexes([{ indexes: [next, name], rename: !exists }]).waitTask();
  assertSucceeded(swap, `swap ${next} into ${name}`);
  if (exists)
    assertSucceeded(await client.deleteIndex(next).waitTask(), `delete the old ${name} (now ${next})`);
}

/** A document as comparable text: keys sorted, so field order does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Every document the index holds, by id. */
async function currentDocuments(index: Index<AnyDocument>): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments({ limit: 1000, offset });
    for (const document of page.results) current.set(document.id, canonical(document));
    if (page.results.length < 1000) return current;
  }
}

/**
 * Same settings: write only the documents that are new or changed, and delete those whose entry is gone.
 * Nothing changed, nothing written (each write costs Meilisearch a commit, seconds on a slow disk).
 */
async function update(index: Index<AnyDocument>, documents: AnyDocument[]) {
  const current = await currentDocuments(index);
  const changed = documents.filter((document) => current.get(document.id) !== canonical(document));
  const wanted = new Set(documents.map((document) => document.id));
  const stale = [...current.keys()].filter((id) => !wanted.has(id));
  if (changed.length > 0) {
    assertSucceeded(await index.addDocuments(changed).waitTask(), `update documents of ${index.uid}`);
  }
  if (stale.length > 0) {
    assertSucceeded(await index.deleteDocuments(stale).waitTask(), `delete stale documents of ${index.uid}`);
  }
  return { changed: changed.length, removed: stale.length };
}

/**
 * Puts the villages and stories into Meilisearch, idempotently: an index whose settings differ from the
 * declared ones (or that does not exist) is rebuilt beside it and swapped in; otherwise its documents are
 * replaced and the ones no longer in the content deleted. Safe to run at every start.
 */
export async function indexContent(options: IndexContentOptions): Promise<IndexOutcome[]> {
  const client = createAdminClient(options);
  const report = options.onProgress ?? (() => undefined);
  const all = await loadDocuments(options.documents);
  const outcomes: IndexOutcome[] = [];
  for (const name of CONTENT_INDEXES) {
    const documents: AnyDocument[] = all[name];
    const index = client.index<AnyDocument>(name);
    const settings = await currentSettings(index);
    const changed = settings ? settingsDifferences(CONTENT_SETTINGS[name], settings) : [];
    if (!settings || changed.length > 0) {
      report(
        settings
          ? `${name}: settings changed (${changed.join(", ")}), rebuilding and swapping in`
          : `${name}: creating the index`,
      );
      await rebuild(client, name, documents, settings !== undefined);
      const action = settings ? "rebuilt" : "created";
      outcomes.push({
        index: name,
        action,
        documents: documents.length,
        changed: documents.length,
        removed: 0,
      });
    } else {
      const { changed, removed } = await update(index, documents);
      outcomes.push({ index: name, action: "updated", documents: documents.length, changed, removed });
    }
    report(`${name}: ${documents.length} documents`);
  }
  return outcomes;
}
