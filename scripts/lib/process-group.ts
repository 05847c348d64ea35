// What the benchmark and audit scripts share for the servers they start: a free-port check, and
// stopping a server started detached (a process group of its own, so the server and its
// children go together).
import type { ChildProcess } from "node:child_process";
import net from "node:net";

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

const running = (child: ChildProcess | null): child is ChildProcess & { pid: number } =>
  child?.pid !== undefined && child.exitCode === null && child.signalCode === null;

/** Signals a detached child's whole process group; nothing if it has already gone. */
export function killGroup(child: ChildProcess | null, signal: NodeJS.Signals) {
  if (!running(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the group, SIGKILL after five seconds, and resolves once the child has exited. */
export async function stopGroup(child: ChildProcess | null) {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
