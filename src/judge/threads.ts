/**
 * Every worker thread that runs a solution, from its start until it has exited.
 *
 * A thread in the middle of one native call (Array.prototype.includes over an array-like of length
 * 2^40) cannot be ended, and Node's exit waits for every thread: kata would hang after printing its
 * verdict, and Ctrl-C too. So threads are ended through here, and the CLI asks, before it exits, which
 * of them did not end in time: it must then end its own process rather than wait.
 */
import type { Worker } from 'node:worker_threads';

/** Each live thread: when it was asked to end (null: not yet), and whether kata gave up waiting for it. */
const live = new Map<Worker, { endAskedAt: number | null; givenUp: boolean }>();

export function trackThread(worker: Worker): void {
  live.set(worker, { endAskedAt: null, givenUp: false });
  worker.once('exit', () => live.delete(worker));
}

/** Asks a thread to end; whether it can is seen later (endAllThreads, stuckThreads). */
export function endThread(worker: Worker): void {
  const state = live.get(worker);
  if (state) state.endAskedAt ??= performance.now();
  worker.terminate().catch(() => undefined);
  // terminate() refs the thread until it has exited: one that never does would keep kata's loop alive.
  worker.unref();
}

/**
 * Ends every live thread, and waits up to `graceMs` for them all to be gone. True if they are; the
 * ones still there are given up on, and counted by stuckThreads from then on.
 */
export async function endAllThreads(graceMs: number): Promise<boolean> {
  if (live.size === 0) return true;
  const exits = [...live.keys()].map((worker) => new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    endThread(worker);
  }));
  // The timer (not the threads, which are unref'd) keeps the loop alive for the wait.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.all(exits), late]);
  clearTimeout(timer);
  for (const state of live.values()) state.givenUp = true;
  return live.size === 0;
}

/** How many threads kata gave up waiting for, or asked to end at least `afterMs` ago, that have not. */
export function stuckThreads(afterMs: number): number {
  // Most runs started no thread: performance's first use loads Node's timeline, a millisecond or two.
  if (live.size === 0) return 0;
  const now = performance.now();
  let stuck = 0;
  for (const { endAskedAt, givenUp } of live.values()) if (givenUp || (endAskedAt !== null && now - endAskedAt >= afterMs)) stuck++;
  return stuck;
}
