/** Checking a case against the signature: here, what "error" means in function and class cases. */
import { describe, expect, it } from 'vitest';
import { caseProblem } from '../../../src/problem/cases.ts';
import { CaseSchema } from '../../../src/problem/schema.ts';
import { parseSignature } from '../../../src/problem/signature.ts';

const parse = parseSignature({ function: 'parse', params: [{ name: 'text', type: 'string' }], returns: { type: 'int' } });
const stack = parseSignature({
  class: 'Stack',
  constructor: [],
  methods: [
    { name: 'push', params: [{ name: 'x', type: 'int' }], returns: { type: 'void' } },
    { name: 'pop', params: [], returns: { type: 'int' } },
  ],
});
const input = { operations: ['Stack', 'push', 'pop', 'pop'], arguments: [[], [1], [], []] };

describe('cases that expect an error', () => {
  it('needs expected or error in every case', () => {
    expect(CaseSchema.safeParse({ input: {} }).success).toBe(false);
    expect(CaseSchema.safeParse({ input: {}, error: {} }).success).toBe(true);
  });

  it('refuses both in a function case: a call either returns or throws', () => {
    expect(caseProblem(parse, { input: { text: 'x' }, error: {} })).toBeNull();
    expect(caseProblem(parse, { input: { text: 'x' }, expected: 1, error: {} })).toBe('give "expected" or "error", not both: a function call either returns or throws');
  });

  it('takes, in a class case, the results of the steps before the last, which must throw', () => {
    expect(caseProblem(stack, { input, error: {} })).toBeNull();
    expect(caseProblem(stack, { input, expected: [null, null, 1], error: {} })).toBeNull();
    expect(caseProblem(stack, { input, expected: [null, null, 1, null], error: {} })).toBe('expected: with "error", the last operation must throw and expected holds the results of the 3 before it');
    expect(caseProblem(stack, { input, expected: [null, null, 'one'], error: {} })).toBe('expected[2]: expected int, got a string');
  });

  it('lets the constructor be the step that throws', () => {
    expect(caseProblem(stack, { input: { operations: ['Stack'], arguments: [[]] }, expected: [], error: {} })).toBeNull();
  });
});
