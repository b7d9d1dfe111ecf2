/**
 * The scheduler's account of a process (Linux, /proc/<pid>/schedstat): nanoseconds it ran, and
 * nanoseconds it was ready to run but waited for a core. On a busy machine a call's wall time is its
 * CPU time plus such waits; the complexity estimate takes the waits back out (see complexity.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface SchedSample {
  runNs: number;
  waitNs: number;
  /** How many times it was put on a core: once per wake-up, and again after each preemption. */
  slices: number;
}

export function readSched(pid: number): SchedSample | null {
  try {
    const [run, wait, slices] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) && Number.isFinite(slices) ? { runNs: run!, waitNs: wait!, slices: slices! } : null;
  } catch {
    return null;
  }
}

/** Every process below this one, by pid (children of any of its threads, and theirs). Empty without /proc. */
export function descendants(root = process.pid): Set<number> {
  const found = new Set<number>();
  const visit = (pid: number) => {
    for (const child of childrenOf(pid)) {
      if (found.has(child)) continue;
      found.add(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The one process that appeared below this one since `before` and has no children itself: a sandbox's Node, under bubblewrap or not. */
export function newLeafProcess(before: ReadonlySet<number>): number | null {
  const appeared = [...descendants()].filter((pid) => !before.has(pid) && childrenOf(pid).length === 0);
  return appeared.length === 1 ? appeared[0]! : null;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSafe(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended meanwhile, or there is no /proc: no children to report.
  }
  return children;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
