// CPU time spent by a process and everything it started (Linux /proc): how a benchmark tells the
// web server's share of the work from PostgreSQL's and the load generator's on a shared machine.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const ticksPerSecond = (() => {
  const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

type Stat = { ppid: number; cpuMs: number };

/** utime + stime of one process, and its parent; null when it has gone or /proc is not there. */
function stat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const [ppid, utime, stime] = [fields[1], fields[11], fields[12]].map(Number);
    if (ppid === undefined || utime === undefined || stime === undefined) return null;
    return { ppid, cpuMs: ((utime + stime) * 1000) / ticksPerSecond };
  } catch {
    return null;
  }
}

/**
 * Milliseconds of CPU used so far by `root` and every living descendant (children that have
 * exited are not counted: measure long-lived servers). 0 where /proc is not available.
 */
export function treeCpuMs(root: number): number {
  let pids: number[];
  try {
    pids = fs
      .readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return 0;
  }
  const stats = new Map<number, Stat>();
  for (const pid of pids) {
    const s = stat(pid);
    if (s) stats.set(pid, s);
  }
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += stats.get(pid)?.cpuMs ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
