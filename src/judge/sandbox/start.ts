/**
 * The first moments of a bubblewrap sandbox, before any request: moving the launcher into its memory
 * cgroup while it is the only process (it stopped itself first thing), then learning from bubblewrap's
 * info pipe the host pid of its first process inside, which leads the sandbox's process group.
 */
import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { MemoryCgroup } from './cgroup.ts';
import { INFO_FD } from './launch.ts';
import { processState, signalGroup } from './process.ts';

/** How long bubblewrap may take to start and report the sandbox's process. */
export const START_LIMIT_MS = 10_000;

/** Moves the stopped launcher into the cgroup and lets it go: bubblewrap and Node are born inside. */
export async function enterCgroup(child: ChildProcess, cgroup: MemoryCgroup | null, gone: () => boolean): Promise<void> {
  const pid = child.pid;
  if (!cgroup || pid === undefined) return;
  for (let waited = 0; processState(pid) !== 'T' && waited < START_LIMIT_MS && !gone(); waited += 1) await delay(1);
  cgroup.add(pid);
  signalGroup(pid, 'SIGCONT');
}

/**
 * The host pid of bubblewrap's first process inside, from its info pipe; null when bubblewrap ended
 * without reporting one, or took longer than START_LIMIT_MS (then `stop` is called).
 */
export function readSandboxPid(child: ChildProcess, stop: () => void): Promise<number | null> {
  return new Promise((resolve) => {
    let text = '';
    const info = child.stdio[INFO_FD] as Readable;
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const pid = /"child-pid"\s*:\s*(\d+)/.exec(text)?.[1];
      if (pid !== undefined) done(Number(pid));
    };
    const onEnd = () => done(null);
    const done = (pid: number | null) => {
      clearTimeout(timer);
      // Only these listeners: Node's own 'close' listener counts the pipes before the child's 'close'.
      info.off('data', onData).off('end', onEnd).off('error', onEnd);
      info.resume();
      resolve(pid);
    };
    info.on('data', onData).on('end', onEnd).on('error', onEnd);
    const timer = setTimeout(() => {
      stop();
      done(null);
    }, START_LIMIT_MS);
    timer.unref();
  });
}
