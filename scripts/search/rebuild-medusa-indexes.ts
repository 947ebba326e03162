import Medusa from "@medusajs/js-sdk";
import type { Meilisearch } from "meilisearch";

/** Where Medusa is and an admin who may reindex. */
export interface MedusaAdmin {
  url: string;
  email: string;
  password: string;
}

/** Progress of one index: documents written into the version being built, out of the expected total. */
export interface IndexProgress {
  index: string;
  status: string;
  done: number;
  total: number | null;
}

interface SearchIndexRecord {
  name: string;
  status: "pending" | "building" | "ready" | "error";
}

const POLL_MS = 250;

/**
 * Rebuilds every index of Medusa's Search Module (products, products-en-US, …) with the swap strategy:
 * Medusa seeds a new physical version (`products_vN`) beside the live one, catches up on changes made
 * meanwhile and then serves reads from it, so search keeps answering throughout. Idempotent; safe to run
 * while the site serves. Progress is read from Meilisearch (documents in the newest version) against the
 * number of published products. Resolves when every index is ready again; rejects on an `error` status.
 */
export async function rebuildMedusaIndexes(options: {
  medusa: MedusaAdmin;
  meilisearch: Meilisearch;
  onProgress?: (progress: IndexProgress[]) => void;
  timeoutMs?: number;
}): Promise<IndexProgress[]> {
  const sdk = new Medusa({
    baseUrl: options.medusa.url,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  });
  await sdk.auth.login("user", "emailpass", {
    email: options.medusa.email,
    password: options.medusa.password,
  });
  const list = async () =>
    (await sdk.client.fetch<{ search_indexes: SearchIndexRecord[] }>("/admin/search-indexes")).search_indexes;

  const indexes = await list();
  const { count: published } = await sdk.admin.product.list({
    status: ["published"],
    limit: 1,
    fields: "id",
  });
  const jobs = new Map<string, string>();
  for (const { name } of indexes) {
    const { job_id } = await sdk.client.fetch<{ job_id: string }>(
      `/admin/search-indexes/${encodeURIComponent(name)}/reindex`,
      { method: "POST", body: { strategy: "swap" } },
    );
    jobs.set(name, job_id);
  }
  // The reindex runs as a background workflow. Medusa keeps its execution while it runs and drops it
  // when it is over (no retention), so a job that is no longer listed has finished; whether it filled
  // the index is checked against the products below.
  const jobState = async (jobId: string) => {
    const { workflow_executions } = await sdk.client.fetch<{ workflow_executions: { state: string }[] }>(
      "/admin/workflows-executions",
      { query: { transaction_id: jobId, workflow_id: REINDEX_WORKFLOW } },
    );
    return workflow_executions[0]?.state ?? "finished";
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  for (;;) {
    const [records, versions] = await Promise.all([list(), newestVersions(options.meilisearch)]);
    const states = await Promise.all(records.map(({ name }) => jobState(jobs.get(name) ?? "")));
    const progress = await Promise.all(
      records.map(async ({ name }, i): Promise<IndexProgress> => {
        const version = versions.get(name);
        const done = version
          ? (await options.meilisearch.index(version.uid).getStats()).numberOfDocuments
          : 0;
        const status = FINISHED_STATES.has(states[i])
          ? "ready"
          : states[i] === "not_started"
            ? "queued"
            : "building";
        return { index: name, status, done, total: name.startsWith("products") ? published : null };
      }),
    );
    options.onProgress?.(progress);
    const failed = records.find((record, i) => FAILED_STATES.has(states[i]) || record.status === "error");
    if (failed) {
      throw new Error(
        `Search index "${failed.name}" failed to rebuild; read Medusa's log for the reason, then run the rebuild again`,
      );
    }
    if (states.every((state) => FINISHED_STATES.has(state))) {
      const short = progress.find(({ done, total }) => total !== null && done < total);
      if (short) {
        throw new Error(
          `Search index "${short.index}" holds ${short.done} of ${short.total} published products after the rebuild; read Medusa's log, then run the rebuild again`,
        );
      }
      return progress;
    }
    if (Date.now() > deadline) {
      throw new Error(
        "The search indexes did not finish rebuilding in time; read Medusa's log, then run again",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const REINDEX_WORKFLOW = "reindex-search-indexes";
const FAILED_STATES = new Set(["failed", "reverted", "compensating", "waiting_to_compensate"]);
const FINISHED_STATES = new Set(["done", "finished"]);

/** The newest physical version (`<name>_v<N>`) of each logical index in Meilisearch. */
async function newestVersions(client: Meilisearch): Promise<Map<string, { uid: string; version: number }>> {
  const { results } = await client.getIndexes({ limit: 1000 });
  const newest = new Map<string, { uid: string; version: number }>();
  for (const { uid } of results) {
    const match = /^(.+)_v(\d+)$/.exec(uid);
    if (!match) continue;
    const [, name, number] = match;
    const version = Number(number);
    if ((newest.get(name)?.version ?? 0) < version) newest.set(name, { uid, version });
  }
  return newest;
}
