/**
 * The complexity estimate: the fit and the naming of classes on exact curves, and the whole engine on
 * canned solutions of a fixture problem (linear scan, sort, double loop), in the sandbox as in judging.
 * Only the class is asserted, never a time: the estimate must be right on a busy machine too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateComplexity } from '../../../src/judge/complexity.ts';
import { fitExponent, nearestClass, withoutStrays, withoutTopKnee, type SizeTime } from '../../../src/judge/growth.ts';
import { unpreempted } from '../../../src/judge/complexity.ts';
import { loadProblem } from '../../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, REPO, temporaryFolder } from '../../helpers.ts';

/** Times measured by size, less a fixed cost. */
const measured = (timeBySize: Record<number, number>, fixedMs = 0): SizeTime[] => Object.entries(timeBySize).map(([size, timeMs]) => ({ size: Number(size), timeMs: timeMs - fixedMs }));
const curve = (f: (n: number) => number, sizes = [1024, 2048, 4096, 8192, 16384, 32768, 65536]): SizeTime[] => sizes.map((size) => ({ size, timeMs: f(size) }));

describe('fitting the exponent and naming the class', () => {
  it('finds the exponent of an exact power', () => {
    expect(fitExponent(curve((n) => 3 * n ** 2))).toBeCloseTo(2, 6);
    expect(fitExponent(curve((n) => n))).toBeCloseTo(1, 6);
    expect(fitExponent([{ size: 8, timeMs: 1 }])).toBeNull();
  });

  it('tells n log n from n by the exponent n log n shows over the same sizes', () => {
    expect(nearestClass(curve((n) => n))).toBe('n');
    expect(nearestClass(curve((n) => n * Math.log2(n)))).toBe('n log n');
    expect(nearestClass(curve((n) => 0.5 * n * Math.log2(n), [16, 32, 64, 128, 256]))).toBe('n log n');
    expect(nearestClass(curve(() => 5))).toBe('1');
    expect(nearestClass(curve((n) => n ** 2))).toBe('n^2');
    expect(nearestClass(curve((n) => n ** 3))).toBe('n^3');
  });

  it('names 2^n when the local exponent keeps rising past n^4', () => {
    expect(nearestClass(curve((n) => 2 ** n, [4, 8, 12, 16, 20]))).toBe('2^n');
    expect(nearestClass(curve((n) => n ** 4))).toBe('n^4');
  });

  it('leaves a stray size out of the line, and keeps a clean line whole', () => {
    const line = curve((n) => n);
    const slowed = line.map((point, i) => (i === 3 ? { ...point, timeMs: point.timeMs * 5 } : point));
    expect(withoutStrays(slowed).map((point) => point.size)).toEqual(line.map((point) => point.size).filter((_, i) => i !== 3));
    expect(withoutStrays(line)).toEqual(line);
  });

  it('leaves out the sizes from a step far steeper than the steady steps up, but not steps that keep rising', () => {
    const line = curve((n) => n);
    const cliff = [...line, { size: 131072, timeMs: 131072 * 4 }];
    expect(withoutTopKnee(cliff)).toEqual(line);
    const pastCliff = [...cliff, { size: 262144, timeMs: 262144 * 5 }];
    expect(withoutTopKnee(pastCliff)).toEqual(line);
    expect(withoutTopKnee(line)).toEqual(line);
    const exponential = curve((n) => 2 ** n, [4, 8, 12, 16, 20, 24]);
    expect(withoutTopKnee(exponential)).toEqual(exponential);
  });

  it('reads a linear scan as n across a step where the input outgrows a cache', () => {
    // The sizes fitted in a CI run of the linear reference: its time more than doubles once, from 2^15 to 2^16 ints.
    const fitted = measured({ 32768: 0.02682, 65536: 0.063124, 131072: 0.126529, 262144: 0.251165, 524288: 0.502179 });
    expect(nearestClass(fitted)).toBe('n');
    expect(fitExponent(fitted)).toBeCloseTo(1, 2);
  });

  it('wants most of the extra slope of n log n before it reads a scan as n log n', () => {
    // Another run of the linear reference, the other core busy, with its fixed cost (0.3 µs) taken off as
    // the fit does: its time per element rose by a tenth from 2^16 to 2^18, an exponent past the midpoint
    // between n and n log n over these sizes.
    const fitted = measured({ 16384: 0.0142, 32768: 0.0266, 65536: 0.0535, 131072: 0.1128, 262144: 0.2486, 524288: 0.4973 }, 0.0003);
    const nLogN = fitExponent(fitted.map(({ size }) => ({ size, timeMs: size * Math.log2(size) })))!;
    expect(fitExponent(fitted)!).toBeGreaterThan((1 + nLogN) / 2);
    expect(nearestClass(fitted)).toBe('n');
  });

  it('counts a run as preempted only when the scheduler says it waited after it started', () => {
    const at = (runNs: number, waitNs: number, slices: number) => ({ runNs, waitNs, slices });
    expect(unpreempted(5, at(0, 0, 10), at(5e6, 9e6, 11))).toBe(true); // one slice: the wait came before it ran
    expect(unpreempted(5, at(0, 0, 10), at(5e6, 9e6, 13))).toBe(false);
    expect(unpreempted(5, at(0, 0, 10), at(5e6, 0.05e6, 13))).toBe(true);
    expect(unpreempted(5, null, null)).toBe(true);
  });
});

const ROOT = join(REPO, 'tests', 'fixtures', 'complexity');
const problem = loadProblem(ROOT, 'max-pair-sum');
const cacheDir = join(temporaryFolder('kata-complexity-'), 'cache');
const estimate = (name: string, settings = {}) =>
  estimateComplexity({ problem, solutionFile: join(ROOT, 'solutions', `${name}.ts`), solutionLabel: `${name}.ts`, cacheDir, settings });

describe('estimating the growth of canned solutions in the sandbox', () => {
  it.each([
    ['linear', 'n'],
    ['sort', 'n log n'],
    ['quadratic', 'n^2'],
  ])('%s grows like %s, beside a linear reference', async (name, expected) => {
    const result = await estimate(name);
    const shown = JSON.stringify({ solution: result.solution, reference: result.reference });
    expect(result.solution.failure, shown).toBeUndefined();
    expect(result.solution.growthClass, shown).toBe(expected);
    expect(result.reference.growthClass, shown).toBe('n');
  }, 120_000);

  it('reports the size a wrong solution failed at, and fits on the sizes before it', async () => {
    const result = await estimate('wrong-from-1024', { budgetMs: 6000 });
    expect(result.solution.failure).toMatchObject({ size: 1024, verdict: 'WA' });
    expect(result.solution.stopped).toBe('failed');
    expect(Math.max(...result.solution.points.map((point) => point.size))).toBe(512);
  }, 60_000);

  it('refuses a problem without a generator, saying why', async () => {
    const add = loadProblem(FIXTURE_WORKSPACE, 'add');
    const attempt = estimateComplexity({ problem: add, solutionFile: join(FIXTURE_WORKSPACE, 'problems', 'add', 'reference.ts'), solutionLabel: 'add.ts', cacheDir });
    await expect(attempt).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('has no generator.ts') });
  });
});
