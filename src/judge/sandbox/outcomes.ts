/** What one request to a sandbox ends in, as the judge measured it: the facts a verdict is made from. */
import type { ThrownError } from './protocol.ts';

export interface CaseOutput {
  output: string;
  outputBytes: number;
}

/** Times measured by the judge itself, whatever the child claims. */
export interface Measured {
  /** From sending the request to receiving the reply. */
  elapsedMs: number;
  /** The same, less the judge's own pauses meanwhile (sandbox/wall.ts): the wall limit is on this. */
  waitedMs: number;
  /** CPU time the child used meanwhile, to the nearest 10 ms. */
  cpuMs: number;
}

/** What the child says about its call: `timeMs` always, `heapBytes` when the judge asked for it. */
interface Claimed {
  timeMs: number;
  heapBytes?: number;
}

export type RunOutcome =
  | (CaseOutput & Measured & Claimed & { kind: 'returned'; value: unknown; ignoredReturn: boolean })
  | (CaseOutput & Measured & Claimed & { kind: 'bad-answer'; reason: string })
  | (CaseOutput & Measured & Claimed & { kind: 'threw'; error: ThrownError; step?: number; results?: unknown[] })
  | { kind: 'timeout'; timeMs: number }
  /** `peakMb` is the solution's own use: the empty runtime's memory, measured at start, is not counted. */
  | { kind: 'memory'; peakMb: number }
  | { kind: 'crashed'; message: string; output: string };

/** Repeated calls of one case: the child's time of each, and the judge's own measure of them all. */
export type RepeatOutcome = (Measured & { kind: 'timings'; times: number[] }) | Exclude<RunOutcome, { elapsedMs: number }>;

export type LoadOutcome =
  | { kind: 'ready' }
  | { kind: 'load-failed'; verdict: 'CE' | 'RE'; error: ThrownError }
  | Exclude<RunOutcome, { kind: 'returned' | 'bad-answer' | 'threw' }>;
