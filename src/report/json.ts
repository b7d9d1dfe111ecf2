/** `kata judge --json`: exactly one JSON object per judgment; see "JSON report" in the README. */
import type { Judgment } from '../judge/verdict.ts';
import type { Reporter } from './reporter.ts';

export const JSON_SCHEMA_VERSION = 1;

export function judgmentToJson(judgment: Judgment): object {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    problem: judgment.problem,
    solution: judgment.solution,
    verdict: judgment.verdict,
    passed: judgment.passed,
    total: judgment.total,
    timeMs: judgment.timeMs,
    ...(judgment.message !== undefined && { message: judgment.message }),
    ...(judgment.ranIn !== undefined && { ranIn: judgment.ranIn }),
    cases: judgment.cases.map((result) => ({
      id: result.id,
      kind: result.kind,
      verdict: result.verdict,
      timeMs: result.timeMs,
      ...(result.timing !== undefined && { timing: result.timing }),
      ...(result.peakHeapMb !== undefined && { peakHeapMb: result.peakHeapMb }),
      seed: result.seed,
      ...(result.maxError !== undefined && { maxError: result.maxError }),
      ...(result.message !== undefined && { message: result.message }),
    })),
  };
}

export const jsonReporter: Reporter = {
  caseDone: () => null,
  judgmentDone: (judgment) => JSON.stringify(judgmentToJson(judgment)),
  // Still one object: a program reading the output gets what finished, marked as not a verdict. Cases
  // that all passed so far are no acceptance: without a failure, the verdict is null.
  interrupted: (partial) => JSON.stringify({ ...judgmentToJson(partial), verdict: partial.verdict === 'AC' ? null : partial.verdict, interrupted: true }),
};
