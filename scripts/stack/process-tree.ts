import { readdirSync, readFileSync } from "node:fs";

/** Resident memory (bytes) of `rootPid` and all its descendants, read from /proc (Linux). */
export function treeRss(rootPid: number): number {
  const parentOf = new Map<number, number>();
  const rssOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      parentOf.set(pid, ppid);
      rssOf.set(pid, rssKb * 1024);
    } catch {
      // The process ended while we read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parentOf.get(p)) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, rss] of rssOf) if (inTree(pid)) total += rss;
  return total;
}

/** Pids of `rootPid`'s descendants (for checking that nothing outlives a stop). */
export function descendants(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      parentOf.set(
        pid,
        Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0),
      );
    } catch {
      // Gone.
    }
  }
  return [...parentOf.keys()].filter((pid) => {
    for (let p = parentOf.get(pid); p && p > 1; p = parentOf.get(p)) if (p === rootPid) return true;
    return false;
  });
}

/** Pids whose command line mentions `text` (e.g. a data folder): finds orphans after a stop. */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text)) found.push(pid);
    } catch {
      // Gone.
    }
  }
  return found;
}
