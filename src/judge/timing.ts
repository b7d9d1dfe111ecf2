/**
 * How a case's time is measured. A fast example is called again several times, each call on a fresh
 * copy of its inputs, and its time is the median of those calls: one call of a few microseconds says
 * more about the machine's mood than about the solution. The first call, which is the one judged (its
 * answer is the verdict), is the warm-up: it pays for V8 compiling the code and is reported apart.
 * A slow case is one call, since repeating it would cost more than it tells.
 *
 * Hidden cases are always one call, timed by the judge's own CPU reading (see outcome.ts): a median of
 * the sandbox's fine clock would be the solution's to shape, and a mean of the judge's CPU ticks over
 * many calls would be finer than 10 ms. Either would let a solution carry more of a hidden input out.
 */
import type { Case } from '../problem/load.ts';
import type { SolutionHost } from './host.ts';
import type { RepeatOutcome, RunOutcome } from './sandbox.ts';
import type { CaseResult } from './verdict.ts';

export interface CaseTiming {
  /** `median`: of `runs` repeated calls, after the warm-up call; `single`: one call. */
  method: 'median' | 'single';
  runs: number;
  /** The first call's time, with a median: the call that was judged. */
  warmupMs?: number;
}

/** A case whose first call took at most this long is repeated. */
export const FAST_CASE_MS = 50;
/** The repeated calls of one case stop after this much time in calls... */
export const REPEAT_BUDGET_MS = 150;
/** ...or this many calls, whichever comes first; and a median needs at least MIN_RUNS. */
export const MAX_RUNS = 9;
export const MIN_RUNS = 3;
/** A child's own time is reported only when the judge's clocks make it credible (CPU ticks are 10 ms). */
export const CPU_SLACK_MS = 30;

export const SINGLE: CaseTiming = { method: 'single', runs: 1 };

/** How many repeated calls a case gets after a first call of `firstMs`: about REPEAT_BUDGET_MS worth. */
export function repeatRuns(firstMs: number): number {
  return Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.floor(REPEAT_BUDGET_MS / Math.max(firstMs, 0.001))));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Whether a case is worth repeating: an accepted example whose judged call returned quickly. */
export function shouldRepeat(testCase: Case, outcome: RunOutcome, result: CaseResult): boolean {
  return testCase.kind === 'example' && outcome.kind === 'returned' && result.verdict === 'AC' && result.timeMs <= FAST_CASE_MS;
}

/**
 * The times the sandbox claims for its repeated calls, when the judge's own clocks agree with them:
 * together no longer than the request took, and within the CPU reading's resolution of the CPU used.
 * Otherwise null, and the case keeps its single time.
 */
export function credibleTimes(outcome: RepeatOutcome): number[] | null {
  if (outcome.kind !== 'timings' || outcome.times.length < MIN_RUNS) return null;
  const total = outcome.times.reduce((sum, time) => sum + time, 0);
  return total <= outcome.elapsedMs && Math.abs(total - outcome.cpuMs) <= CPU_SLACK_MS ? outcome.times : null;
}

/**
 * Repeats a fast example in the sandbox and gives its result the median time. The verdict is already
 * decided on the first call and does not change; a repeat that fails in any way leaves the single time.
 * `restart`: the repeats hung or ran out of memory and the sandbox was killed, so judge.ts starts a new
 * one for the next case. A sandbox that crashed or broke its channel is not replaced: that is the
 * solution's doing, and the next case is RE as it would be after any call.
 */
export async function timeCase(sandbox: SolutionHost, payload: Uint8Array, seed: number, timeLimitMs: number, result: CaseResult): Promise<{ result: CaseResult; restart: boolean }> {
  const outcome = await sandbox.repeat(payload, seed, repeatRuns(result.timeMs), REPEAT_BUDGET_MS, timeLimitMs);
  const restart = outcome.kind === 'timeout' || outcome.kind === 'memory';
  const times = credibleTimes(outcome);
  if (!times) return { result: { ...result, timing: SINGLE }, restart };
  return { result: { ...result, timeMs: round(median(times)), timing: { method: 'median', runs: times.length, warmupMs: result.timeMs } }, restart };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
