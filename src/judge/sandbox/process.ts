/** Reading and signalling a sandbox's processes from the judge, through /proc and process groups. */
import { readFileSync } from 'node:fs';

/** Linux reports CPU time in ticks of 1/100 s. */
export const MS_PER_TICK = 10;

/** A numeric field of /proc/<pid>/status, such as VmRSS in KiB. */
export function readStatusField(pid: number, field: string): number | null {
  try {
    const status = readText(`/proc/${pid}/status`);
    const match = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** utime + stime of a process, from /proc/<pid>/stat; 0 when it cannot be read. */
export function cpuTicks(pid: number | null): number {
  if (pid === null) return 0;
  try {
    const stat = readText(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The first child of a process, or null while it has none. */
export function firstChild(pid: number): number | null {
  try {
    const children = readText(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/);
    return children[0] ? Number(children[0]) : null;
  } catch {
    return null;
  }
}

/** Signals a process group; false when there is none. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
