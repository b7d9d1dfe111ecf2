/**
 * Checkers: answers compared with compareWithErrors (exact, unordered, unordered-deep; records,
 * maps, bigints, floats with the largest error), custom checker.ts results, and the verdicts
 * and messages judgeOutcome makes of them: float errors, expected errors, class steps, hidden cases.
 */
import { describe, expect, it } from 'vitest';
import { runCustomCheck } from '../../../src/judge/checker.ts';
import { compareWithErrors, type CompareOptions } from '../../../src/judge/compare.ts';
import { judgeOutcome, type OutcomeContext } from '../../../src/judge/outcome.ts';
import type { RunOutcome } from '../../../src/judge/sandbox.ts';
import type { Case, Problem } from '../../../src/problem/load.ts';
import { ProblemSchema } from '../../../src/problem/schema.ts';
import { parseSignature } from '../../../src/problem/signature.ts';
import { parseType } from '../../../src/problem/types.ts';
import { isKataError } from '../../../src/util/errors.ts';

const t = parseType;
const unordered: Partial<CompareOptions> = { order: 'unordered' };
const deep: Partial<CompareOptions> = { order: 'unordered-deep' };
const same = (type: string, expected: unknown, actual: unknown, options: Partial<CompareOptions> = {}) =>
  compareWithErrors(t(type), expected, actual, options).difference === null;

describe('order: exact, unordered, unordered-deep', () => {
  it('exact: the order of every array matters', () => {
    expect(same('int[]', [1, 2, 3], [1, 2, 3])).toBe(true);
    expect(same('int[]', [1, 2, 3], [3, 2, 1])).toBe(false);
  });

  it('unordered: the outer array may come in any order', () => {
    expect(same('int[]', [1, 2, 3], [3, 1, 2], unordered)).toBe(true);
    expect(same('string[]', ['b', 'a', 'c'], ['c', 'b', 'a'], unordered)).toBe(true);
    expect(same('int[][]', [[1, 2], [3]], [[3], [1, 2]], unordered)).toBe(true);
  });

  it('unordered: inner arrays keep their order', () => {
    expect(same('int[][]', [[1, 2], [3]], [[3], [2, 1]], unordered)).toBe(false);
  });

  it('unordered compares multisets: duplicates count', () => {
    expect(same('int[]', [1, 1, 2], [1, 2, 1], unordered)).toBe(true);
    expect(same('int[]', [1, 1, 2], [1, 2, 2], unordered)).toBe(false);
    expect(same('int[]', [1, 1, 2], [1, 2], unordered)).toBe(false);
    expect(same('int[]', [1, 2], [1, 2, 2], unordered)).toBe(false);
  });

  it('unordered-deep: every array may come in any order', () => {
    expect(same('string[][]', [['ate', 'eat', 'tea'], ['bat']], [['bat'], ['tea', 'ate', 'eat']], deep)).toBe(true);
    expect(same('int[][][]', [[[1, 2], [3, 4]], [[5]]], [[[5]], [[4, 3], [2, 1]]], deep)).toBe(true);
    expect(same('string[][]', [['ab', 'ab', 'ba']], [['ab', 'ba', 'ba']], deep)).toBe(false);
    expect(same('string[][]', [['a'], ['b', 'c']], [['a', 'b'], ['c']], deep)).toBe(false);
  });

  it('unordered-deep reaches arrays inside records and maps', () => {
    expect(same('{name: string, members: int[]}[]', [{ name: 'x', members: [1, 2] }, { name: 'y', members: [] }], [{ name: 'y', members: [] }, { members: [2, 1], name: 'x' }], deep)).toBe(true);
    expect(same('{name: string, members: int[]}[]', [{ name: 'x', members: [1, 2] }], [{ name: 'x', members: [2, 1] }], unordered)).toBe(false);
    expect(same('map<string, int[]>', { a: [1, 2, 3] }, { a: [3, 2, 1] }, deep)).toBe(true);
    expect(same('map<string, int[]>', { a: [1, 2, 3] }, { a: [3, 2, 1] }, unordered)).toBe(false);
  });

  it('unordered leaves answers that hold no array alone', () => {
    expect(same('int', 3, 3, unordered)).toBe(true);
    expect(same('string', 'ab', 'ba', deep)).toBe(false);
  });

  it('unordered tells trees apart: they are never reordered', () => {
    expect(same('TreeNode', [1, 2, 3], [1, 3, 2], deep)).toBe(false);
  });

  it('unordered still checks the type of the answer first', () => {
    const { difference } = compareWithErrors(t('int[]'), [1, 2], [2, '1'], unordered);
    expect(difference?.typeProblem).toBe('answer[1]: expected int, got a string');
  });
});

describe('records, maps and bigints', () => {
  it('compares records field by field, whatever the key order, naming the field', () => {
    expect(same('{weight: int, value: int}', { weight: 1, value: 2 }, { value: 2, weight: 1 })).toBe(true);
    expect(compareWithErrors(t('{weight: int, value: int}[]'), [{ weight: 1, value: 2 }], [{ weight: 1, value: 3 }]).difference).toMatchObject({
      path: '[0].value',
      expected: 2,
      actual: 3,
    });
    expect(same('{p: int | null}', { p: null }, { p: 0 })).toBe(false);
  });

  it('rejects a record answer with a missing or extra field as the wrong type', () => {
    expect(compareWithErrors(t('{weight: int, value: int}'), { weight: 1, value: 2 }, { weight: 1 }).difference?.typeProblem).toBe('answer.value: missing');
    expect(compareWithErrors(t('{weight: int, value: int}'), { weight: 1, value: 2 }, { weight: 1, value: 2, extra: 0 }).difference?.typeProblem).toBe(
      'answer: unexpected field "extra" (fields: weight, value)',
    );
  });

  it('compares maps by key, whatever the order, naming the key', () => {
    expect(same('map<string, int>', { a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(same('map<string, int>', {}, {})).toBe(true);
    expect(compareWithErrors(t('map<string, int>'), { a: 1, b: 2 }, { a: 1 }).difference).toMatchObject({ path: '["b"]', expected: 2, actual: undefined });
    expect(compareWithErrors(t('map<string, int>'), { a: 1 }, { a: 1, z: 9 }).difference).toMatchObject({ path: '["z"]', expected: undefined, actual: 9 });
    expect(compareWithErrors(t('map<string, int>'), { a: 1, b: 2, c: 3 }, { a: 1 }).difference).toMatchObject({ path: '["b"]', keys: { missing: ['c'], extra: [] } });
    expect(compareWithErrors(t('map<int, string>'), { '1': 'x', '2': 'y' }, { '2': 'y', '1': 'q' }).difference).toMatchObject({ path: '["1"]', expected: 'x', actual: 'q' });
    expect(compareWithErrors(t('{balances: map<string, bigint>}'), { balances: { ann: '6' } }, { balances: { ann: 7n } }).difference?.path).toBe('.balances["ann"]');
  });

  it('names a wrong value of a map first, and its extra and missing keys with it', () => {
    const difference = compareWithErrors(t('map<string, int>'), { a: 1, b: 2, c: 3 }, { a: 1, b: 5, z: 9 }).difference;
    expect(difference).toMatchObject({ path: '["b"]', expected: 2, actual: 5, keys: { missing: ['c'], extra: ['z'] } });
  });

  it('compares bigints exactly, beyond 2^53', () => {
    expect(same('bigint', '9007199254740993', 9007199254740993n)).toBe(true);
    // As numbers both would be 9007199254740992.
    expect(same('bigint', '9007199254740993', 9007199254740992n)).toBe(false);
    expect(same('bigint', '123456789012345678901234567890', 123456789012345678901234567891n)).toBe(false);
    expect(same('bigint', '-5', -5n)).toBe(true);
    expect(same('bigint', '-5', 5n)).toBe(false);
    // A case file may write a small bigint as a number: 42 and "42" both expect 42n.
    expect(same('bigint', 42, 42n)).toBe(true);
    expect(same('bigint', '42', 42n)).toBe(true);
    // Sorted by value, not by text ("10" < "9").
    expect(same('bigint[]', ['9', '10', '1'], [10n, 1n, 9n], unordered)).toBe(true);
    expect(compareWithErrors(t('bigint[]'), ['9', '10'], [9n, 11n], unordered).difference).toMatchObject({ missing: [10n], extra: [11n] });
  });

  it('takes an answer of the wrong runtime type where a bigint belongs as the wrong type, at any depth', () => {
    const problem = (type: string, expected: unknown, actual: unknown) => compareWithErrors(t(type), expected, actual).difference?.typeProblem;
    // The right digits as a string, or as a small number, are not a bigint.
    expect(problem('bigint', '9223372036854775808', '9223372036854775808')).toBe('answer: expected bigint, got a string');
    expect(problem('bigint', '42', 42)).toBe('answer: expected bigint, got an integer');
    expect(problem('bigint[]', ['1', '2'], [1n, '2'])).toBe('answer[1]: expected bigint, got a string');
    expect(problem('map<string, bigint>', { a: '1' }, { a: '1' })).toBe('answer["a"]: expected bigint, got a string');
    expect(problem('{total: bigint}', { total: '1' }, { total: 1 })).toBe('answer.total: expected bigint, got an integer');
    expect(problem('bigint | null', '1', '1')).toBe('answer: expected bigint, got a string');
    expect(problem('bigint | null', null, null)).toBeUndefined();
    // And a bigint where an int belongs is no int either.
    expect(problem('int', 3, 3n)).toBe('answer: expected int, got a bigint');
  });

  it('compares chars exactly', () => {
    expect(same('char', 'a', 'a')).toBe(true);
    expect(same('char', 'a', 'A')).toBe(false);
    expect(compareWithErrors(t('char'), 'a', 'ab').difference?.typeProblem).toBe('answer: expected char, got a string');
  });
});

describe('floats', () => {
  const strict = { abs: 1e-6, rel: 1e-6 };

  it('passes an answer within either tolerance', () => {
    // 1e-7 absolute: fine by abs although rel * 0 is 0.
    expect(same('float', 0, 1e-7, { tolerance: strict })).toBe(true);
    // 100 off at 1e9: fine by rel although far beyond abs.
    expect(same('float', 1e9, 1e9 + 100, { tolerance: strict })).toBe(true);
    expect(same('float', 1, 1.00001, { tolerance: strict })).toBe(false);
    expect(same('float', 1, 1.005, { tolerance: { abs: 0.01, rel: 0 } })).toBe(true);
    expect(same('float', 1, 1.005, { tolerance: { abs: 0, rel: 0.01 } })).toBe(true);
    expect(same('float', 1, 1.02, { tolerance: { abs: 0.01, rel: 0.01 } })).toBe(false);
    expect(same('float', 1, 1 + 1e-12, { tolerance: { abs: 0, rel: 0 } })).toBe(false);
  });

  it('reports the largest float error over the whole answer, not the first', () => {
    const comparison = compareWithErrors(t('float[]'), [1, 1, 1, 1.25, 1.6], [1, 1, 1, 1, 1]);
    expect(comparison.difference?.path).toBe('[3]');
    expect(comparison.maxFloatError).toBeCloseTo(0.6, 12);
  });

  it('reports the largest float error on an accepted answer too', () => {
    const comparison = compareWithErrors(t('float[]'), [1, 2, 3], [1, 2 + 3e-7, 3 - 5e-7]);
    expect(comparison.difference).toBeNull();
    expect(comparison.maxFloatError).toBeCloseTo(5e-7, 15);
  });

  it('collects float errors inside records and maps', () => {
    const comparison = compareWithErrors(t('map<string, {x: float, y: float}>'), { a: { x: 0, y: 0 }, b: { x: 1, y: 1 } }, { a: { x: 0, y: 0 }, b: { x: 1, y: 1.25 } });
    expect(comparison.difference?.path).toBe('["b"].y');
    expect(comparison.maxFloatError).toBeCloseTo(0.25, 12);
  });

  it('has no float error for answers without floats', () => {
    expect(compareWithErrors(t('int[]'), [1], [2]).maxFloatError).toBeUndefined();
    expect(compareWithErrors(t('float[]'), [1], ['x']).maxFloatError).toBeUndefined();
  });

  it('unordered float answers pass when each float is within the tolerance, as they do in order', () => {
    // Right answer, in the expected order, each value within 1e-10 of the expected one.
    const answer = [2.0000000001, 9.9999999999];
    expect(same('float[]', [2, 10], answer)).toBe(true);
    // Ignoring the order must not turn a right answer wrong.
    expect(same('float[]', [2, 10], answer, unordered)).toBe(true);
    expect(same('float[]', [2, 10], [...answer].reverse(), unordered)).toBe(true);
  });
});

describe('custom checkers', () => {
  const problem = { slug: 'topo' } as Problem;

  it('takes a boolean or a verdict with a message', async () => {
    expect(await runCustomCheck(() => true, problem, {}, null, [])).toEqual({ verdict: 'AC' });
    expect(await runCustomCheck(() => false, problem, {}, null, [])).toEqual({ verdict: 'WA' });
    expect(await runCustomCheck(() => ({ verdict: 'WA', message: 'edge 1 -> 0' }), problem, {}, null, [])).toEqual({ verdict: 'WA', message: 'edge 1 -> 0' });
    expect(await runCustomCheck(async () => ({ verdict: 'AC' }), problem, {}, null, [])).toEqual({ verdict: 'AC' });
  });

  it('passes input, expected and actual, and cannot change the case through them', async () => {
    const input = { n: 2, edges: [[0, 1]] };
    const expected = [0, 1];
    let seen: unknown[] = [];
    const verdict = await runCustomCheck(
      (i, e, a) => {
        seen = [structuredClone(i), structuredClone(e), a];
        (i.edges as number[][]).push([1, 0]);
        (e as number[]).reverse();
        return true;
      },
      problem,
      input,
      expected,
      [0, 1],
    );
    expect(verdict.verdict).toBe('AC');
    expect(seen).toEqual([{ n: 2, edges: [[0, 1]] }, [0, 1], [0, 1]]);
    expect(input).toEqual({ n: 2, edges: [[0, 1]] });
    expect(expected).toEqual([0, 1]);
  });

  it('names checker.ts when it throws or answers nonsense: a broken package, not a verdict', async () => {
    const failure = async (check: Parameters<typeof runCustomCheck>[0]) => {
      try {
        await runCustomCheck(check, problem, {}, null, []);
      } catch (error) {
        return error;
      }
      return null;
    };
    const threw = await failure(() => {
      throw new Error('index out of range');
    });
    expect(isKataError(threw)).toBe(true);
    expect((threw as Error).message).toBe('problems/topo/checker.ts threw: index out of range');
    for (const nonsense of [() => ({ verdict: 'OK' }), () => 'AC', () => undefined, () => 1]) {
      const error = await failure(nonsense as never);
      expect(isKataError(error)).toBe(true);
      expect((error as Error).message).toContain('problems/topo/checker.ts returned neither a boolean nor { verdict: "AC" | "WA" }');
    }
  });
});

/** A problem as loadProblem would make it, from problem.json fields. */
function makeProblem(signature: unknown, checker?: unknown): Problem {
  const meta = ProblemSchema.parse({
    formatVersion: 1,
    title: 'T',
    difficulty: 'easy',
    limits: { timeMs: 500, memoryMb: 256 },
    signature,
    ...(checker !== undefined && { checker }),
  });
  return { slug: 'p', dir: '/nowhere', meta, signature: parseSignature(meta.signature), examples: [] };
}

const returned = (value: unknown, timeMs = 1): RunOutcome => ({ kind: 'returned', value, timeMs, elapsedMs: timeMs, waitedMs: timeMs, cpuMs: 0, ignoredReturn: false, output: '', outputBytes: 0 });
const threw = (name: string, message: string): RunOutcome => ({ kind: 'threw', error: { name, message }, timeMs: 1, elapsedMs: 1, waitedMs: 1, cpuMs: 0, output: '', outputBytes: 0 });
const judge = (problem: Problem, testCase: Partial<Case>, outcome: RunOutcome, customCheck?: OutcomeContext['customCheck']) =>
  judgeOutcome({ problem, solutionFile: '/s.ts', solutionLabel: 's.ts', timeLimitMs: problem.meta.limits.timeMs as number, ...(customCheck && { customCheck }) }, { id: 'example-1', kind: 'example', input: {}, ...testCase }, outcome, 1);

describe('verdicts and messages', () => {
  const means = makeProblem({ function: 'means', params: [{ name: 'nums', type: 'int[]' }], returns: { type: 'float[]' } }, { kind: 'exact', abs: 1e-6, rel: 1e-6 });

  it('shows the largest float error and the tolerance on a wrong float answer, and maxError on the result', async () => {
    const result = await judge(means, { expected: [1, 1, 1, 1.25, 1.6] }, returned([1, 1, 1, 1, 1]));
    expect(result.verdict).toBe('WA');
    expect(result.message).toBe('wrong answer at [3] (largest float error 6.00e-1; tolerance abs 0.000001, rel 0.000001)');
    expect(result.maxError).toBeCloseTo(0.6, 12);
  });

  it('keeps maxError on an accepted float answer', async () => {
    const result = await judge(means, { expected: [1e12] }, returned([1e12 + 1]));
    expect(result.verdict).toBe('AC');
    expect(result.maxError).toBe(1);
  });

  it('lets a case-level checker replace the problem one', async () => {
    const rough = returned([1.005]);
    expect((await judge(means, { expected: [1] }, rough)).verdict).toBe('WA');
    expect((await judge(means, { expected: [1], checker: { kind: 'exact', abs: 0.01 } }, rough)).verdict).toBe('AC');
    const pairs = makeProblem({ function: 'f', params: [], returns: { type: 'int[][]' } }, { kind: 'unordered-deep' });
    expect((await judge(pairs, { expected: [[1, 2]] }, returned([[2, 1]]))).verdict).toBe('AC');
    expect((await judge(pairs, { expected: [[1, 2]], checker: { kind: 'unordered' } }, returned([[2, 1]]))).verdict).toBe('WA');
  });

  it('hides the place of the difference and the float error on a hidden case: they would reveal the expected value', async () => {
    const result = await judge(means, { kind: 'hidden', expected: [1, 2] }, returned([1, 3]));
    expect(result.message).toBe('wrong answer');
    expect(result.maxError).toBeUndefined();
    expect(result.detail).toBeUndefined();
  });

  const square = makeProblem({ function: 'square', params: [{ name: 'n', type: 'int' }], returns: { type: 'bigint' } });

  it('gives WA, saying so, when the digits of a bigint answer come as a string or a number', async () => {
    expect((await judge(square, { expected: '9223372036854775808' }, returned(9223372036854775808n))).verdict).toBe('AC');
    const text = await judge(square, { expected: '9223372036854775808' }, returned('9223372036854775808'));
    expect(text).toMatchObject({ verdict: 'WA', message: 'answer: expected bigint, got a string' });
    const number = await judge(square, { expected: '4' }, returned(4));
    expect(number).toMatchObject({ verdict: 'WA', message: 'answer: expected bigint, got an integer' });
    // A hidden case says only that the type is wrong.
    const hidden = await judge(square, { kind: 'hidden', expected: '4' }, returned('4'));
    expect(hidden).toMatchObject({ verdict: 'WA', message: 'the answer is not of the return type bigint' });
  });

  it('shows an example\'s bigints as bigints: the expected value and the difference', async () => {
    const result = await judge(square, { input: { n: 3 }, expected: '9' }, returned(10n));
    expect(result.message).toBe('wrong answer');
    expect(result.detail).toMatchObject({ input: { n: 3 }, expected: 9n, actual: 10n });
    const text = await judge(square, { expected: '9' }, returned('9'));
    expect(text.detail).toMatchObject({ expected: 9n, actual: '9' });
  });

  it('gives a custom checker the answer as case data, a bigint as its digits, once it is a bigint', async () => {
    const custom = makeProblem({ function: 'square', params: [{ name: 'n', type: 'int' }], returns: { type: 'bigint[]' } }, { kind: 'custom' });
    const seen: unknown[] = [];
    const check = (_input: unknown, _expected: unknown, actual: unknown) => {
      seen.push(actual);
      return true;
    };
    expect((await judge(custom, { expected: ['1'] }, returned([1n]), check)).verdict).toBe('AC');
    expect(seen).toEqual([['1']]);
    expect(await judge(custom, { expected: ['1'] }, returned(['1']), check)).toMatchObject({ verdict: 'WA', message: 'answer[0]: expected bigint, got a string' });
    expect(seen).toHaveLength(1);
  });

  it('names a wrong value of a map answer first, then its missing and unexpected keys', async () => {
    const counts = makeProblem({ function: 'count', params: [], returns: { type: 'map<string, int>' } });
    const result = await judge(counts, { expected: { a: 1, b: 2 } }, returned({ a: 1, b: 3, x: 0, y: 0 }));
    expect(result.message).toBe('wrong answer at ["b"]; unexpected keys "x", "y"');
    const missing = await judge(counts, { expected: { a: 1, b: 2 } }, returned({ a: 2 }));
    expect(missing.message).toBe('wrong answer at ["a"]; missing key "b"');
    expect((await judge(counts, { kind: 'hidden', expected: { a: 1 } }, returned({ a: 2, x: 0 }))).message).toBe('wrong answer');
  });

  const parse = makeProblem({ function: 'parse', params: [{ name: 'text', type: 'string' }], returns: { type: 'int' } });

  it('accepts any throw for a case that expects an error without a message', async () => {
    expect((await judge(parse, { error: {} }, threw('TypeError', 'whatever'))).verdict).toBe('AC');
  });

  it('compares the message when the case gives one', async () => {
    expect((await judge(parse, { error: { message: 'bad digit' } }, threw('Error', 'bad digit'))).verdict).toBe('AC');
    const wrong = await judge(parse, { error: { message: 'bad digit' } }, threw('Error', 'bad char'));
    expect(wrong.verdict).toBe('WA');
    expect(wrong.message).toBe('threw "bad char", expected the message "bad digit"');
    const hidden = await judge(parse, { kind: 'hidden', error: { message: 'bad digit' } }, threw('Error', 'bad char'));
    expect(hidden.verdict).toBe('WA');
    expect(hidden.message).toBe('threw, but not with the expected message');
  });

  it('gives WA when a call that must throw returns instead', async () => {
    const result = await judge(parse, { error: {} }, returned(0));
    expect(result.verdict).toBe('WA');
    expect(result.message).toBe('expected the call to throw, but it returned');
  });

  it('gives RE when a call that must return throws', async () => {
    const result = await judge(parse, { expected: 1 }, threw('RangeError', 'nope'));
    expect(result.verdict).toBe('RE');
    expect(result.message).toContain('RangeError: nope');
  });

  const lru = makeProblem({
    class: 'LRUCache',
    constructor: [{ name: 'capacity', type: 'int' }],
    methods: [
      { name: 'get', params: [{ name: 'key', type: 'int' }], returns: { type: 'int' } },
      { name: 'put', params: [{ name: 'key', type: 'int' }, { name: 'value', type: 'int' }], returns: { type: 'void' } },
    ],
  });
  const lruCase = { input: { operations: ['LRUCache', 'put', 'get'], arguments: [[2], [1, 1], [1]] }, expected: [null, null, 1] };

  it('names the step, the call and the method of the first wrong result of a class case', async () => {
    const result = await judge(lru, lruCase, returned([null, null, -1]));
    expect(result.verdict).toBe('WA');
    expect(result.message).toBe('at step 2: get(1) returned -1, expected 1 (get(key: number): number)');
    expect((await judge(lru, lruCase, returned([null, null, 1]))).verdict).toBe('AC');
  });

  it('shows no values for a class case that is hidden', async () => {
    const result = await judge(lru, { ...lruCase, kind: 'hidden' }, returned([null, null, -1]));
    expect(result.message).toBe('wrong answer');
    const typed = await judge(lru, { ...lruCase, kind: 'hidden' }, returned([null, null, 'x']));
    expect(typed.message).toBe('wrong answer');
  });

  it('names the step at which a class case threw', async () => {
    const outcome: RunOutcome = { kind: 'threw', error: { name: 'Error', message: 'boom' }, timeMs: 1, elapsedMs: 1, waitedMs: 1, cpuMs: 0, step: 2, output: '', outputBytes: 0 };
    const result = await judge(lru, lruCase, outcome);
    expect(result.verdict).toBe('RE');
    expect(result.message).toMatch(/^at step 2 \(get\(1\)\): Error: boom/);
    const hidden = await judge(lru, { ...lruCase, kind: 'hidden' }, outcome);
    expect(hidden.message).toBe('the solution threw');
    expect(hidden.message).not.toContain('boom');
  });

  const topo = makeProblem({ function: 'topo', params: [{ name: 'n', type: 'int' }], returns: { type: 'int[]' } }, { kind: 'custom' });

  it('uses the custom checker, with its message on examples only', async () => {
    const check = (_input: Record<string, unknown>, _expected: unknown, actual: unknown) =>
      (actual as number[])[0] === 1 ? { verdict: 'AC' as const } : { verdict: 'WA' as const, message: 'vertex 1 must come first' };
    expect((await judge(topo, { input: { n: 2 }, expected: [1, 0] }, returned([1, 0]), check)).verdict).toBe('AC');
    const wrong = await judge(topo, { input: { n: 2 }, expected: [1, 0] }, returned([0, 1]), check);
    expect(wrong).toMatchObject({ verdict: 'WA', message: 'wrong answer: vertex 1 must come first' });
    const hidden = await judge(topo, { kind: 'hidden', input: { n: 2 }, expected: [1, 0] }, returned([0, 1]), check);
    expect(hidden).toMatchObject({ verdict: 'WA', message: 'wrong answer' });
  });

  it('checks the answer type before calling the custom checker', async () => {
    let called = false;
    const check = () => {
      called = true;
      return true;
    };
    const result = await judge(topo, { input: { n: 2 }, expected: [1, 0] }, returned(['1', 0]), check);
    expect(result).toMatchObject({ verdict: 'WA', message: 'answer[0]: expected int, got a string' });
    expect(called).toBe(false);
  });
});

describe('class cases whose last step must throw', () => {
  const stack = makeProblem({
    class: 'Stack',
    constructor: [],
    methods: [
      { name: 'push', params: [{ name: 'x', type: 'int' }], returns: { type: 'void' } },
      { name: 'pop', params: [], returns: { type: 'int' } },
    ],
  });
  const input = { operations: ['Stack', 'push', 'pop', 'pop'], arguments: [[], [7], [], []] };
  const threwAt = (step: number, results: unknown[], message = 'empty'): RunOutcome => ({ kind: 'threw', error: { name: 'Error', message }, step, results, timeMs: 1, elapsedMs: 1, waitedMs: 1, cpuMs: 0, output: '', outputBytes: 0 });

  it('accepts a throw at the last step when the steps before it return what expected holds', async () => {
    expect((await judge(stack, { input, expected: [null, null, 7], error: {} }, threwAt(3, [null, null, 7]))).verdict).toBe('AC');
    expect((await judge(stack, { input, error: { message: 'empty' } }, threwAt(3, [null, null, 5]))).verdict).toBe('AC');
  });

  it('gives WA, naming the step, when a step before the throw returns the wrong value', async () => {
    const result = await judge(stack, { input, expected: [null, null, 7], error: {} }, threwAt(3, [null, null, 8]));
    expect(result).toMatchObject({ verdict: 'WA', message: 'at step 2: pop() returned 8, expected 7 (pop(): number)' });
  });

  it('gives RE when an earlier step throws, and says which step should', async () => {
    const result = await judge(stack, { input, expected: [null, null, 7], error: {} }, threwAt(2, [null, null]));
    expect(result.verdict).toBe('RE');
    expect(result.message).toBe('at step 2 (pop()): Error: empty; only the last step, 3 (pop()), should throw');
    const hidden = await judge(stack, { kind: 'hidden', input, expected: [null, null, 7], error: {} }, threwAt(2, [null, null]));
    expect(hidden).toMatchObject({ verdict: 'RE', message: 'the solution threw' });
  });

  it('compares the message of the last step when the case gives one', async () => {
    const result = await judge(stack, { input, error: { message: 'empty' } }, threwAt(3, [null, null, 7], 'underflow'));
    expect(result).toMatchObject({ verdict: 'WA', message: 'threw "underflow", expected the message "empty"' });
  });

  it('gives WA naming the step that should have thrown when every step returns', async () => {
    const result = await judge(stack, { input, expected: [null, null, 7], error: {} }, returned([null, null, 7, 0]));
    expect(result).toMatchObject({ verdict: 'WA', message: 'expected the last step, 3 (pop()), to throw, but it returned' });
  });
});

describe('unordered answers: the difference is said as missing and unexpected elements', () => {
  it('pairs equal elements off, within the tolerance, and lists the rest in the solver\'s terms', () => {
    const { difference } = compareWithErrors(t('int[][]'), [[1, 2], [2, 1], [3, 3]], [[3, 3], [1, 1], [2, 1]], unordered);
    expect(difference).toMatchObject({ path: '', missing: [[1, 2]], extra: [[1, 1]] });
    const floats = compareWithErrors(t('float[]'), [0.1, 0.2, 0.3], [0.30000000001, 0.1, 0.25], { ...unordered, tolerance: { abs: 1e-9, rel: 0 } });
    expect(floats.difference).toMatchObject({ missing: [0.2], extra: [0.25] });
  });

  it('says what is missing when the answer is short, and what is extra when it is long', () => {
    expect(compareWithErrors(t('int[]'), [1, 2, 2], [2, 1], unordered).difference).toMatchObject({ missing: [2], extra: [] });
    expect(compareWithErrors(t('int[]'), [1], [1, 1], unordered).difference).toMatchObject({ missing: [], extra: [1] });
  });

  it('puts them in the WA message of an example, at most three of each', async () => {
    const perms = makeProblem({ function: 'permute', params: [{ name: 'nums', type: 'int[]' }], returns: { type: 'int[][]' } }, { kind: 'unordered' });
    const expected = [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]];
    const actual = [[3, 2, 1], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]];
    const result = await judge(perms, { expected }, returned(actual));
    expect(result.message).toBe('wrong answer: missing [1,3,2], [2,1,3], [2,3,1] and 1 more; unexpected [1,2,3], [1,2,3], [1,2,3] and 1 more (in any order)');
    const hidden = await judge(perms, { kind: 'hidden', expected }, returned(actual));
    expect(hidden.message).toBe('wrong answer');
  });
});
