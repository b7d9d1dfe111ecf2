/** Watching a sandbox's processes from outside, through /proc: what they are, who they run as, what they hold. */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// ---------------------------------------------------------------------------------------------
// Watching the sandbox's processes from outside, through /proc.
// ---------------------------------------------------------------------------------------------

export interface ProcessInfo {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: tells a process from a later one that reuses its pid. */
  start: string;
  state: string;
}

export function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, state: fields[0] ?? '?', start: fields[19] ?? '?' };
  } catch {
    return null;
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

export function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone already
  }
  return children;
}

/** Real, effective, saved and filesystem user and group ids, as the host sees them. */
export function idsOf(pid: number): number[] {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const uid = /^Uid:\s+(.*)$/m.exec(status)?.[1] ?? '';
    const gid = /^Gid:\s+(.*)$/m.exec(status)?.[1] ?? '';
    return `${uid} ${gid}`.trim().split(/\s+/).map(Number);
  } catch {
    return [];
  }
}

export function socketCount(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).filter((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
      } catch {
        return false;
      }
    }).length;
  } catch {
    return 0;
  }
}

/** The kernel's memory for TCP buffers, machine-wide (the "mem" pages of /proc/net/sockstat). */
export function tcpMemoryBytes(): number {
  try {
    return Number(/^TCP:.*\smem (\d+)/m.exec(readFileSync('/proc/net/sockstat', 'utf8'))?.[1] ?? 0) * 4096;
  } catch {
    return 0;
  }
}

/** Processes whose command line names this folder, zombies aside. */
export function processesNaming(marker: string): ProcessInfo[] {
  return allPids()
    .filter((pid) => pid !== process.pid && commandLine(pid).includes(marker))
    .map(readProcess)
    .filter((info): info is ProcessInfo => info !== null && info.state !== 'Z' && info.state !== 'X');
}

export interface WatchReport {
  /**
   * The sandbox's processes: those whose command line names the harness in the cache folder
   * (prlimit, which becomes bubblewrap, and Node), and every descendant of theirs.
   */
  sandbox: ProcessInfo[];
  /** Every other process naming the cache folder: the judge's own helpers, such as its compiler. */
  helpers: ProcessInfo[];
  /** User and group ids the sandbox's processes ran with, as the host sees them. */
  ids: Set<number>;
  /** The most sockets one sandbox process held at once. */
  maxSockets: number;
  tcpGrowthBytes: number;
  judgeRssGrowthBytes: number;
}

/** Samples the processes of one judgment (named by its cache folder) every 20 ms while it runs. */
export function watch(marker: string): { stop: () => WatchReport } {
  const sandbox = new Map<number, ProcessInfo>();
  const helpers = new Map<number, ProcessInfo>();
  const ids = new Set<number>();
  let maxSockets = 0;
  const tcpBase = tcpMemoryBytes();
  let tcpPeak = tcpBase;
  const rssBase = process.memoryUsage.rss();
  let rssPeak = rssBase;
  const track = (into: Map<number, ProcessInfo>, pid: number) => {
    const info = readProcess(pid);
    if (info) into.set(pid, info);
  };
  const sample = () => {
    for (const pid of allPids()) {
      if (pid === process.pid || sandbox.has(pid)) continue;
      const command = commandLine(pid);
      if (!command.includes(marker)) continue;
      if (command.includes('harness.mjs')) {
        helpers.delete(pid);
        track(sandbox, pid);
      } else if (!helpers.has(pid)) {
        track(helpers, pid);
      }
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const pid of [...sandbox.keys()]) {
        for (const child of childrenOf(pid)) {
          if (!sandbox.has(child)) {
            track(sandbox, child);
            grew = true;
          }
        }
      }
    }
    for (const { pid, start } of sandbox.values()) {
      if (readProcess(pid)?.start !== start) continue;
      for (const id of idsOf(pid)) ids.add(id);
      maxSockets = Math.max(maxSockets, socketCount(pid));
    }
    tcpPeak = Math.max(tcpPeak, tcpMemoryBytes());
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 20);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return {
        sandbox: [...sandbox.values()],
        helpers: [...helpers.values()],
        ids,
        maxSockets,
        tcpGrowthBytes: tcpPeak - tcpBase,
        judgeRssGrowthBytes: rssPeak - rssBase,
      };
    },
  };
}

/** Waits up to a second for the processes to be reaped; returns those still running (zombies aside). */
export async function survivors(marker: string, seen: readonly ProcessInfo[]): Promise<string[]> {
  let left: string[] = [];
  for (const deadline = performance.now() + 1000; ; ) {
    const alive = seen.filter(({ pid, start }) => {
      const now = readProcess(pid);
      return now !== null && now.start === start && now.state !== 'Z' && now.state !== 'X';
    });
    const named = processesNaming(marker).filter((info) => !alive.some((a) => a.pid === info.pid));
    left = [...alive, ...named].map(({ pid, state }) => `${pid} (${state}) ${commandLine(pid).split('\0').join(' ').slice(0, 200)}`);
    if (left.length === 0 || performance.now() > deadline) return left;
    await sleep(50);
  }
}

