/** Reading and signalling a sandbox's processes from the judge, through /proc and process groups. */
import { readFileSync } from 'node:fs';

/** Linux reports CPU time in ticks of 1/100 s. */
export const MS_PER_TICK = 10;

/** Resident memory now and at its peak, in KiB, from one read of /proc/<pid>/status; null when it is gone. */
export function residentKb(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readText(`/proc/${pid}/status`);
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * utime + stime from a /proc stat file (a process, all its threads; or one thread's), or null when it
 * cannot be read. Work a solution hands to other threads (libuv's pool: crypto, zlib) is its own and
 * counts; the sandbox runs V8 with a single-threaded GC, so that collecting garbage in parallel does not
 * count more than once.
 */
function ticksAt(statFile: string): number | null {
  try {
    const stat = readText(statFile);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * The CPU time of a solution's process or thread, read again and again. Once it is gone (it answered,
 * then died), its last reading stands: it used no more, and a difference of readings is never negative.
 */
export class CpuClock {
  private last = 0;

  /** `statFile`: where to read, or null while that is not known yet. */
  constructor(private readonly statFile: () => string | null) {}

  ticks(): number {
    const file = this.statFile();
    const read = file === null ? null : ticksAt(file);
    if (read !== null) this.last = read;
    return this.last;
  }
}

/** A process's state letter from /proc/<pid>/stat (R, S, T for stopped, Z...), or null when it is gone. */
export function processState(pid: number): string | null {
  try {
    const stat = readText(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
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

/**
 * Bytes queued in the TCP sockets of a process's network namespace, from /proc/<pid>/net/tcp and tcp6.
 * Inside bubblewrap that namespace is the sandbox's own, so this is memory the solution parked in the
 * kernel, which its resident memory does not show.
 */
export function tcpQueuedBytes(pid: number): number {
  // Reading net/tcp walks the kernel's whole connection hash table (about 10 ms a read on a large one),
  // so polled every few milliseconds it kept the judge busy. sockstat counts this namespace's TCP sockets
  // for a tenth of a millisecond: with none in use, no bytes can be queued.
  if (!hasTcpSockets(pid)) return 0;
  let total = 0;
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readText(`/proc/${pid}/net/${table}`);
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      // "sl local rem st tx_queue:rx_queue ...": the queues are hexadecimal byte counts.
      const queues = line.trim().split(/\s+/)[4];
      if (!queues) continue;
      const [tx, rx] = queues.split(':');
      total += parseInt(tx ?? '0', 16) + parseInt(rx ?? '0', 16);
    }
  }
  return total;
}

/** Whether the namespace has a TCP socket in use, IPv4 or IPv6 (sockstat6 is missing without IPv6); true when unknown. */
function hasTcpSockets(pid: number): boolean {
  let stats: string;
  try {
    stats = readText(`/proc/${pid}/net/sockstat`);
  } catch {
    return true;
  }
  try {
    stats += readText(`/proc/${pid}/net/sockstat6`);
  } catch {
    // no IPv6 in this kernel: no TCP6 sockets either
  }
  const inUse = [...stats.matchAll(/^TCP6?: inuse (\d+)/gm)];
  return inUse.length === 0 || inUse.some((match) => match[1] !== '0');
}
