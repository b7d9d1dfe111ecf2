import { describe, expect, it } from 'vitest';
import { ceilingTimeMs, describeTimeLimit, ProblemSchema } from '../../../src/problem/schema.ts';
import { derivedLimitMs } from '../../../src/judge/calibrate.ts';

const problem = (timeMs: unknown) => ({
  formatVersion: 1,
  title: 'T',
  difficulty: 'easy',
  limits: { timeMs, memoryMb: 256 },
  signature: { function: 'f', params: [], returns: { type: 'int' } },
});
const issues = (timeMs: unknown) => {
  const result = ProblemSchema.safeParse(problem(timeMs));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('limits.timeMs', () => {
  it('is a number of milliseconds, as before', () => {
    expect(ProblemSchema.parse(problem(1000)).limits.timeMs).toBe(1000);
    expect(issues(5)).toEqual([expect.stringMatching(/^limits\.timeMs: /)]);
  });

  it('or a multiple of the reference time within a floor and a ceiling', () => {
    const rule = { referenceMultiple: 5, minMs: 500, maxMs: 10000 };
    expect(ProblemSchema.parse(problem(rule)).limits.timeMs).toEqual(rule);
  });

  it('names the field that is wrong in a calibrated limit', () => {
    expect(issues({ referenceMultiple: 1.5, minMs: 500, maxMs: 10000 })).toEqual(['limits.timeMs.referenceMultiple: must be at least 2: the reference must run within half the limit']);
    expect(issues({ referenceMultiple: 5, minMs: 2000, maxMs: 1000 })).toEqual(['limits.timeMs.maxMs: must be at least minMs']);
    expect(issues({ referenceMultiple: 5, minMs: 500 })).toEqual([expect.stringMatching(/^limits\.timeMs\.maxMs: /)]);
    expect(issues({ referenceMultiple: 5, minMs: 500, maxMs: 1000, typo: 1 })).toEqual([expect.stringMatching(/^limits\.timeMs: .*typo/)]);
  });

  it('is described and bounded the same way on every machine', () => {
    const rule = { referenceMultiple: 5, minMs: 500, maxMs: 10000 };
    expect(describeTimeLimit(1000)).toBe('1000 ms');
    expect(describeTimeLimit(rule)).toBe("5 × the reference's time, 500 to 10000 ms");
    expect(ceilingTimeMs(1000)).toBe(1000);
    expect(ceilingTimeMs(rule)).toBe(10000);
  });
});

describe('derivedLimitMs', () => {
  const rule = { referenceMultiple: 5, minMs: 500, maxMs: 10000 };
  it('is the reference time times the multiple, rounded up, within the floor and the ceiling', () => {
    expect(derivedLimitMs(rule, 300.2)).toBe(1501);
    expect(derivedLimitMs(rule, 3)).toBe(500);
    expect(derivedLimitMs(rule, 5000)).toBe(10000);
  });
});
