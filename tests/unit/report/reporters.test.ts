import { describe, expect, it } from 'vitest';
import type { CaseResult, Judgment } from '../../../src/judge/verdict.ts';
import { humanReporter } from '../../../src/report/human.ts';
import { jsonReporter } from '../../../src/report/json.ts';
import { REPORTERS } from '../../../src/report/registry.ts';
import { PLAIN } from '../../../src/report/style.ts';
import { formatDuration } from '../../../src/util/time.ts';

const wrongExample: CaseResult = {
  id: 'example-1',
  kind: 'example',
  verdict: 'WA',
  timeMs: 0.25,
  seed: 7,
  message: 'wrong answer at [1]',
  detail: {
    input: { nums: [1, 2] },
    expected: [1, 2],
    actual: [1, NaN],
    difference: { path: '[1]', expected: 2, actual: NaN },
    output: Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n'),
  },
};

const hiddenWrong: CaseResult = { id: 'hidden-1', kind: 'hidden', verdict: 'WA', timeMs: 1.5, seed: 9, message: 'wrong answer', maxError: 0.5 };

const judgment: Judgment = { problem: 'p', solution: 'solutions/p.ts', verdict: 'WA', passed: 0, total: 2, timeMs: 1.75, cases: [wrongExample, hiddenWrong] };

describe('human reporter', () => {
  it('shows a failed example with input, expected, actual, the diff and the first lines of output', () => {
    const text = humanReporter.caseDone(wrongExample, PLAIN)!;
    expect(text).toContain('✗ example-1');
    expect(text).toMatch(/input\s+nums = \[1,2\]/);
    expect(text).toMatch(/actual\s+\[1,NaN\]/);
    expect(text).toContain('at [1]: expected 2, got NaN');
    expect(text).toContain('line 9');
    expect(text).not.toContain('line 10');
    expect(text).toContain('… 2 more lines');
  });

  it('shows only the number, verdict, time and message of a hidden case', () => {
    expect(humanReporter.caseDone(hiddenWrong, PLAIN)).toBe('  ✗ hidden-1   WA 1.5 ms  wrong answer');
  });

  it('summarizes, and says a CE after passing cases is not accepted', () => {
    expect(humanReporter.judgmentDone(judgment, PLAIN)).toContain('WA  0/2 passed');
    const typeError = { ...judgment, verdict: 'CE' as const, passed: 2, message: 'does not match the signature' };
    const text = humanReporter.judgmentDone(typeError, PLAIN);
    expect(text).toContain('does not match the signature');
    expect(text).toContain('CE  not accepted, although 2/2 cases passed');
  });

  it('formats times one way: a decimal below 10 ms, whole milliseconds, then seconds', () => {
    expect(formatDuration(0.0123)).toBe('0.0 ms');
    expect(formatDuration(3.25)).toBe('3.3 ms');
    expect(formatDuration(12.345)).toBe('12 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(1234.5)).toBe('1.23 s');
  });
});

describe('json reporter', () => {
  it('prints one object with the documented fields and no case data', () => {
    const report = JSON.parse(jsonReporter.judgmentDone(judgment, PLAIN)) as Record<string, unknown> & { cases: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['schemaVersion', 'problem', 'solution', 'verdict', 'passed', 'total', 'timeMs', 'cases']);
    expect(report.cases[0]).toEqual({ id: 'example-1', kind: 'example', verdict: 'WA', timeMs: 0.25, seed: 7, message: 'wrong answer at [1]' });
    expect(report.cases[1]).toEqual({ id: 'hidden-1', kind: 'hidden', verdict: 'WA', timeMs: 1.5, seed: 9, maxError: 0.5, message: 'wrong answer' });
    expect(jsonReporter.caseDone(wrongExample, PLAIN)).toBeNull();
  });

  it('is registered by name with the human reporter', () => {
    expect(Object.keys(REPORTERS).sort()).toEqual(['human', 'json']);
  });
});
