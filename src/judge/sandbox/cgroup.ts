/**
 * A memory cgroup per sandbox, where one can be had: unlike the resident-memory poll, it counts
 * what the kernel holds for the process (socket buffers, pipes, page tables) and stops it at the
 * limit. cgroup v1 needs a writable memory hierarchy (root); cgroup v2 needs a delegated subtree
 * whose memory controller can be enabled for children.
 */
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CgroupSupport {
  version: 1 | 2;
  /** The folder new sandbox cgroups are made in. */
  parent: string;
}

const V1_ROOT = '/sys/fs/cgroup/memory';
const V2_ROOT = '/sys/fs/cgroup';

export function findMemoryCgroup(): CgroupSupport | null {
  let membership: string;
  try {
    membership = readFileSync('/proc/self/cgroup', 'utf8');
  } catch {
    return null;
  }
  const v1 = /^\d+:(?:[^:]*,)?memory(?:,[^:]*)?:(.*)$/m.exec(membership)?.[1];
  if (v1 !== undefined && usable(join(V1_ROOT, v1), 1)) return { version: 1, parent: join(V1_ROOT, v1) };
  const v2 = /^0::(.*)$/m.exec(membership)?.[1];
  if (v2 !== undefined && v1 === undefined && usable(join(V2_ROOT, v2), 2)) return { version: 2, parent: join(V2_ROOT, v2) };
  return null;
}

/** Proves the parent usable by making, limiting and removing a child cgroup. */
function usable(parent: string, version: 1 | 2): boolean {
  const probe = join(parent, `kata-probe-${process.pid}`);
  try {
    if (version === 2 && !readFileSync(join(parent, 'cgroup.subtree_control'), 'utf8').split(/\s+/).includes('memory')) return false;
    mkdirSync(probe);
  } catch {
    return false;
  }
  try {
    writeFileSync(join(probe, version === 1 ? 'memory.limit_in_bytes' : 'memory.max'), String(64 * 1024 * 1024));
    return true;
  } catch {
    return false;
  } finally {
    try {
      rmdirSync(probe);
    } catch {
      // a probe that cannot be removed is left empty; it holds no process
    }
  }
}

let counter = 0;

export class MemoryCgroup {
  private constructor(
    private readonly support: CgroupSupport,
    readonly dir: string,
  ) {}

  /** A new cgroup limited to `bytes`, or null when it cannot be made (the poll still guards). */
  static create(support: CgroupSupport, bytes: number): MemoryCgroup | null {
    const dir = join(support.parent, `kata-${process.pid}-${++counter}`);
    try {
      mkdirSync(dir);
      const limit = support.version === 1 ? 'memory.limit_in_bytes' : 'memory.max';
      writeFileSync(join(dir, limit), String(bytes));
      if (support.version === 2) {
        tryWrite(join(dir, 'memory.swap.max'), '0');
      } else {
        tryWrite(join(dir, 'memory.memsw.limit_in_bytes'), String(bytes));
        // cgroup v1 counts TCP buffers only once they have a limit of their own, and apart from usage_in_bytes.
        tryWrite(join(dir, 'memory.kmem.tcp.limit_in_bytes'), String(bytes));
      }
      return new MemoryCgroup(support, dir);
    } catch {
      try {
        rmdirSync(dir);
      } catch {
        // nothing was made
      }
      return null;
    }
  }

  /**
   * A new limit, lower or higher. cgroup v1 wants memory.limit_in_bytes <= memory.memsw.limit_in_bytes
   * at every moment, so the first write fails when raising; it is made again once memsw is raised.
   */
  setLimit(bytes: number): void {
    if (this.support.version === 2) {
      tryWrite(join(this.dir, 'memory.max'), String(bytes));
      return;
    }
    const lowered = tryWrite(join(this.dir, 'memory.limit_in_bytes'), String(bytes));
    tryWrite(join(this.dir, 'memory.memsw.limit_in_bytes'), String(bytes));
    if (!lowered) tryWrite(join(this.dir, 'memory.limit_in_bytes'), String(bytes));
    tryWrite(join(this.dir, 'memory.kmem.tcp.limit_in_bytes'), String(bytes));
  }

  /** Moves a process in; false when that failed. */
  add(pid: number): boolean {
    return tryWrite(join(this.dir, 'cgroup.procs'), String(pid));
  }

  /** Whether the kernel stopped a process of this cgroup for going over its limit. */
  hitLimit(): boolean {
    try {
      if (this.support.version === 2) {
        const events = readFileSync(join(this.dir, 'memory.events'), 'utf8');
        return /^(oom_kill|max) [1-9]/m.test(events);
      }
      return readNumber(join(this.dir, 'memory.failcnt')) > 0 || readNumber(join(this.dir, 'memory.kmem.tcp.failcnt')) > 0;
    } catch {
      return false;
    }
  }

  /** Bytes in use now, kernel memory included (on cgroup v1, TCP buffers are counted apart). */
  usage(): number | null {
    if (this.support.version === 2) return readNumber(join(this.dir, 'memory.current'), null);
    const usage = readNumber(join(this.dir, 'memory.usage_in_bytes'), null);
    return usage === null ? null : usage + readNumber(join(this.dir, 'memory.kmem.tcp.usage_in_bytes'));
  }

  /** The most bytes ever in use, where the kernel keeps that figure. */
  peak(): number | null {
    try {
      return Number(readFileSync(join(this.dir, this.support.version === 1 ? 'memory.max_usage_in_bytes' : 'memory.peak'), 'utf8'));
    } catch {
      return null;
    }
  }

  /** Removes the cgroup once its processes are gone; retried briefly, since the kernel frees it late. */
  remove(): void {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        rmdirSync(this.dir);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      }
    }
  }
}

function readNumber(file: string): number;
function readNumber(file: string, missing: null): number | null;
function readNumber(file: string, missing: number | null = 0): number | null {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return missing;
  }
}

function tryWrite(file: string, text: string): boolean {
  try {
    writeFileSync(file, text);
    return true;
  } catch {
    return false;
  }
}
