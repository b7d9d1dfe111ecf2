/**
 * How the time limit is enforced. A case's limit is on the CPU time of the solution's process (all its
 * threads), read by the judge from /proc, so that a solution does not lose time to its neighbours when
 * many sandboxes run at once (kata grade --jobs): on a busy machine its wall time grows, its CPU time
 * does not. A wall limit, several times larger, stops a solution that sleeps or waits instead of computing.
 */

/** The wall-clock limit that goes with a CPU limit: generous, since only sleeping or starving hits it. */
export function wallLimitMs(cpuLimitMs: number): number {
  return cpuLimitMs * 3 + 1000;
}

/** How long past its wall limit a request may run before it is killed: covers messages and decoding. */
export const KILL_MARGIN_MS = 250;
