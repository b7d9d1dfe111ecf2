import { describe, expect, it } from 'vitest';
import { checkReplyShape } from '../../../src/judge/shape.ts';
import type { RunOutcome } from '../../../src/judge/sandbox.ts';
import type { Case } from '../../../src/problem/load.ts';
import type { Signature } from '../../../src/problem/signature.ts';
import { parseType } from '../../../src/problem/types.ts';

const fn: Signature = { kind: 'function', functionName: 'add', params: [{ name: 'a', type: parseType('int') }], returns: parseType('int') } as Signature;
const cls: Signature = { kind: 'class', className: 'Counter', constructorParams: [], methods: [{ name: 'inc', params: [], returns: parseType('int') }] } as Signature;
const fnCase = { id: 'example-1', kind: 'example', input: { a: 1 }, expected: 1 } as unknown as Case;
const clsCase = { id: 'example-1', kind: 'example', input: { operations: ['Counter', 'inc', 'inc'], arguments: [[], [], []] }, expected: [null, 1, 2] } as unknown as Case;
const common = { output: '', outputBytes: 0, elapsedMs: 1, waitedMs: 1, cpuMs: 0, timeMs: 0.5 };
const returned = (value: unknown): RunOutcome => ({ kind: 'returned', value, ignoredReturn: false, ...common });
const threw = (step?: number, results: unknown[] | undefined = step === undefined ? undefined : Array.from({ length: step }, () => null)): RunOutcome =>
  ({ kind: 'threw', error: { name: 'Error', message: 'x' }, ...common, ...(step !== undefined && { step }), ...(results && { results }) });

describe('a reply must fit the question', () => {
  it('passes replies that fit', () => {
    expect(checkReplyShape(fn, fnCase, returned(3)).kind).toBe('returned');
    expect(checkReplyShape(fn, fnCase, threw()).kind).toBe('threw');
    expect(checkReplyShape(cls, clsCase, returned([null, 1, 2])).kind).toBe('returned');
    expect(checkReplyShape(cls, clsCase, threw(2)).kind).toBe('threw');
  });

  it.each([
    ['a class answer that is null', cls, clsCase, returned(null)],
    ['a class answer of the wrong length', cls, clsCase, returned([null, 1])],
    ['a class error without its step', cls, clsCase, threw()],
    ['a class error at a step past the end', cls, clsCase, threw(3)],
    ['a class error without the results of the steps before it', cls, clsCase, threw(2, [])],
    ['a class error with results past its step', cls, clsCase, threw(1, [null, 1])],
    ['a step on a function problem', fn, fnCase, threw(0)],
  ])('turns %s into a forged-message crash', (_, signature, testCase, outcome) => {
    const checked = checkReplyShape(signature as Signature, testCase as Case, outcome as RunOutcome);
    expect(checked.kind).toBe('crashed');
    expect(checked.kind === 'crashed' && checked.message).toMatch(/does not fit the problem/);
  });
});
