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
  /** CPU time the child used meanwhile, to the nearest 10 ms. */
  cpuMs: number;
}

export type RunOutcome =
  | (CaseOutput & Measured & { kind: 'returned'; value: unknown; timeMs: number; ignoredReturn: boolean })
  | (CaseOutput & Measured & { kind: 'bad-answer'; reason: string; timeMs: number })
  | (CaseOutput & Measured & { kind: 'threw'; error: ThrownError; timeMs: number; step?: number; results?: unknown[] })
  | { kind: 'timeout'; timeMs: number }
  | { kind: 'memory'; peakMb: number }
  | { kind: 'crashed'; message: string; output: string };

export type LoadOutcome =
  | { kind: 'ready' }
  | { kind: 'load-failed'; verdict: 'CE' | 'RE'; error: ThrownError }
  | Exclude<RunOutcome, { kind: 'returned' | 'bad-answer' | 'threw' }>;
