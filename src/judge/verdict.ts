/** The closed set of verdicts, and what one case's judgment holds. */
import type { CaseKind } from '../problem/load.ts';
import type { Difference } from './compare.ts';
import type { CaseTiming } from './timing.ts';

export const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A case not run because an earlier one timed out or the solution did not load. */
export type CaseVerdict = Verdict | 'SKIPPED';

/** What an example case shows a solver; hidden cases never carry it. */
export interface CaseDetail {
  input: Record<string, unknown>;
  expected: unknown;
  actual?: unknown;
  difference?: Difference;
  /** What the solution printed during the case, truncated. */
  output?: string;
}

export interface CaseResult {
  id: string;
  kind: CaseKind;
  verdict: CaseVerdict;
  timeMs: number;
  /** How timeMs was measured: one call, or the median of repeated calls (timing.ts). */
  timing?: CaseTiming;
  /** For an example: the most heap the judged call used, above what was in use before it, in MB. */
  peakHeapMb?: number;
  /** The seed of Math.random for this case. */
  seed: number;
  message?: string;
  /** For float answers: the largest absolute error against the expected values. */
  maxError?: number;
  detail?: CaseDetail;
}

export interface Judgment {
  problem: string;
  solution: string;
  verdict: Verdict;
  passed: number;
  total: number;
  timeMs: number;
  /** Why the solution as a whole failed, when no case could run. */
  message?: string;
  /** Where a practice command ran the solution (host.ts): `inline` or `thread`; absent for a sandboxed process. */
  ranIn?: 'inline' | 'thread';
  cases: CaseResult[];
}

/** The first verdict that is not AC, in case order; AC when every case passed. */
export function overallVerdict(cases: readonly CaseResult[]): Verdict {
  for (const result of cases) {
    if (result.verdict !== 'AC' && result.verdict !== 'SKIPPED') return result.verdict;
  }
  // Skipped cases follow a failure; should one ever follow only passes, the solution is still not accepted.
  return cases.some((result) => result.verdict === 'SKIPPED') ? 'RE' : 'AC';
}
