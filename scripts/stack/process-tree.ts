import { readdirSync, readFileSync } from "node:fs";

/** Each live process's parent and resident memory, read once from /proc (Linux). */
function readProcesses(): Map<number, { ppid: number; rssBytes: number }> {
  const processes = new Map<number, { ppid: number; rssBytes: number }>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      processes.set(pid, { ppid, rssBytes: rssKb * 1024 });
    } catch {
      // The process ended while we read.
    }
  }
  return processes;
}

/** Resident memory (bytes) of `rootPid` and all its descendants. */
export function treeRss(rootPid: number): number {
  const processes = readProcesses();
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = processes.get(p)?.ppid)
      if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, { rssBytes }] of processes) if (inTree(pid)) total += rssBytes;
  return total;
}

/** Pids whose command line mentions `text` (e.g. a data folder): finds orphans after a stop. */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const pid of readProcesses().keys()) {
    if (pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text)) found.push(pid);
    } catch {
      // Gone.
    }
  }
  return found;
}
