/**
 * Inputs derived from a signature's types: every generated input has the signature's types and stays
 * within the bounds, and fast-check can shrink values it did not generate (a generator's) to small ones.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphabetOf, canonicalTree, charactersOf, inputArbitrary } from '../../../../src/judge/stress/arbitrary.ts';
import type { Bounds } from '../../../../src/problem/bounds.ts';
import { boundViolations } from '../../../../src/problem/bounds.ts';
import { caseProblem } from '../../../../src/problem/cases.ts';
import { parseSignature, type Signature } from '../../../../src/problem/signature.ts';

type Input = Record<string, unknown>;

const fn = (...params: ({ name: string; type: string; nodeOf?: string })[]): Signature => parseSignature({ function: 'f', params, returns: { type: 'int' } });

const counter = parseSignature({
  class: 'Counter',
  constructor: [{ name: 'start', type: 'int' }],
  methods: [
    { name: 'add', params: [{ name: 'x', type: 'int' }, { name: 'label', type: 'string' }], returns: { type: 'void' } },
    { name: 'total', params: [], returns: { type: 'int' } },
  ],
});

function sample(signature: Signature, bounds: Bounds = {}, runs = 300): Input[] {
  return fc.sample(inputArbitrary(signature, bounds, { mode: 'generate' }), { numRuns: runs, seed: 7 });
}

/** Every input fits the signature (checked as a case that expects an error, so only inputs count) and the bounds. */
function expectValid(signature: Signature, bounds: Bounds = {}): Input[] {
  const inputs = sample(signature, bounds);
  for (const input of inputs) {
    expect(caseProblem(signature, { input, error: {} }), JSON.stringify(input)).toBeNull();
    expect(boundViolations(signature, bounds, input), JSON.stringify(input)).toEqual([]);
  }
  return inputs;
}

describe('inputs derived from the types', () => {
  it('covers every type of the type language', () => {
    const signature = fn(
      { name: 'n', type: 'int' },
      { name: 'x', type: 'float' },
      { name: 'big', type: 'bigint' },
      { name: 's', type: 'string' },
      { name: 'c', type: 'char' },
      { name: 'flag', type: 'bool' },
      { name: 'grid', type: 'int[][]' },
      { name: 'maybe', type: 'int | null' },
      { name: 'items', type: '{weight: int, name: string}[]' },
      { name: 'byName', type: 'map<string, float>' },
      { name: 'byId', type: 'map<int, bool[]>' },
      { name: 'root', type: 'TreeNode' },
      { name: 'head', type: 'ListNode' },
    );
    const inputs = expectValid(signature);
    // Small by default: short arrays and strings, ints in [-10, 10], floats in steps of 1/16.
    expect(inputs.every((input) => Math.abs(input.n as number) <= 10 && (input.s as string).length <= 8)).toBe(true);
    expect(inputs.every((input) => Number.isInteger((input.x as number) * 16))).toBe(true);
    expect(new Set(inputs.map((input) => (input.grid as unknown[]).length)).size).toBeGreaterThan(3);
    expect(inputs.some((input) => input.maybe === null) && inputs.some((input) => input.maybe !== null)).toBe(true);
  });

  it('stays within value, length, chars, distinct and order bounds, at any depth', () => {
    const signature = fn({ name: 'nums', type: 'int[]' }, { name: 'words', type: 'string[]' }, { name: 'k', type: 'int' }, { name: 'sorted', type: 'int[]' }, { name: 'root', type: 'TreeNode' });
    const bounds: Bounds = {
      nums: { length: [2, 5], value: [100, 200], distinct: true },
      words: { length: [1, 3], chars: 'xy', each: { length: [2, 2] } },
      k: { value: [1_000_000, 1_000_000_000] },
      sorted: { length: [0, 6], value: [-3, 3], order: 'increasing' },
      root: { length: [1, 7], value: [1, 50], distinct: true },
    };
    const inputs = expectValid(signature, bounds);
    expect(inputs.some((input) => (input.sorted as number[]).length >= 3)).toBe(true);
  });

  it('draws parallel arrays with one length most of the time, so that a rule like "weights and values describe the same items" holds', () => {
    const inputs = sample(fn({ name: 'weights', type: 'int[]' }, { name: 'values', type: 'int[]' }, { name: 'capacity', type: 'int' }));
    const same = inputs.filter((input) => (input.weights as unknown[]).length === (input.values as unknown[]).length);
    expect(same.length / inputs.length).toBeGreaterThan(0.6);
    expect(same.length).toBeLessThan(inputs.length);
    expect(Object.keys(inputs[0]!)).toEqual(['weights', 'values', 'capacity']);
  });

  it('gives a node by value from its own tree', () => {
    const signature = fn({ name: 'root', type: 'TreeNode' }, { name: 'p', type: 'TreeNode', nodeOf: 'root' });
    const inputs = sample(signature, { root: { length: [1, 10], distinct: true } }).filter((input) => boundViolations(signature, {}, input).length === 0);
    for (const input of inputs) expect((input.root as unknown[]).includes(input.p)).toBe(true);
  });

  it('makes class operation sequences from the class signature, within the bounds of calls and arguments', () => {
    const bounds: Bounds = { calls: { length: [1, 12] }, 'constructor.start': { value: [0, 5] }, 'add.label': { chars: 'q' } };
    const inputs = expectValid(counter, bounds);
    expect(inputs.every((input) => (input.operations as string[])[0] === 'Counter')).toBe(true);
    expect(new Set(inputs.flatMap((input) => input.operations as string[]))).toEqual(new Set(['Counter', 'add', 'total']));
  });
});

describe('canonicalTree', () => {
  it("keeps only the entries that LeetCode's level order reads, without trailing nulls", () => {
    expect(canonicalTree([1, null, 2, null, null, 3])).toEqual([1, null, 2]);
    expect(canonicalTree([1, 2, null, null, null])).toEqual([1, 2]);
    expect(canonicalTree([null, 1])).toEqual([]);
  });

  it('makes repeated values distinct when asked', () => {
    expect(canonicalTree([4, 4, 4], { distinctWithin: [0, 5] })).toEqual([4, 5, 0]);
    expect(canonicalTree([1, 2, 3, 4, 5], { maxNodes: 3 })).toEqual([1, 2, 3]);
  });
});

describe('alphabets', () => {
  it('reads the characters of a class such as "a-c0-1"', () => {
    expect(alphabetOf('a-c0-1')).toEqual(['0', '1', 'a', 'b', 'c']);
    expect(alphabetOf('z-a')).toEqual([]);
  });

  it('collects the characters an input holds, at any depth', () => {
    expect([...charactersOf({ a: ['xy', { b: 'z' }], n: 3 })].sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('shrinking a value fast-check did not generate', () => {
  /** fast-check's shrinking from `input` (as kata stress shrinks a generator's input) to the smallest that still fails. */
  function shrink(signature: Signature, bounds: Bounds, input: Input, fails: (input: Input) => boolean): Input {
    const alphabet = [...charactersOf(input)].join('');
    const arbitrary = inputArbitrary(signature, bounds, { mode: 'shrink', ...(alphabet && { alphabet }) });
    expect(arbitrary.canShrinkWithoutContext(input)).toBe(true);
    const details = fc.check(fc.property(arbitrary, (candidate) => !fails(candidate)), { examples: [[input]], numRuns: 1 });
    expect(details.failed).toBe(true);
    return details.counterexample![0]!;
  }

  it('shrinks arrays and numbers far outside the small defaults', () => {
    const signature = fn({ name: 'nums', type: 'int[]' });
    const shrunk = shrink(signature, {}, { nums: [5, 300_000_000, -7, 2, 999] }, (input) => (input.nums as number[]).some((x) => x > 100));
    expect(shrunk).toEqual({ nums: [101] });
  });

  it('keeps parallel arrays the same length while shrinking them', () => {
    const signature = fn({ name: 'weights', type: 'int[]' }, { name: 'values', type: 'int[]' });
    const fails = (input: Input) => (input.weights as number[]).length === (input.values as number[]).length && (input.values as number[]).some((v) => v >= 3);
    expect(shrink(signature, {}, { weights: [4, 8, 1, 9], values: [1, 2, 9, 4] }, fails)).toEqual({ weights: [0], values: [3] });
  });

  it('shrinks strings within the characters they hold, and trees by their nodes', () => {
    const signature = fn({ name: 's', type: 'string' }, { name: 'root', type: 'TreeNode' });
    const fails = (input: Input) => (input.s as string).includes('q') && (input.root as unknown[]).filter((v) => v !== null).length >= 2;
    const shrunk = shrink(signature, {}, { s: 'hello quiet', root: [5, 3, 8, null, 4, 7] }, fails);
    expect(shrunk.s).toBe('q');
    expect((shrunk.root as unknown[]).filter((v) => v !== null)).toHaveLength(2);
  });

  it('shrinks a class sequence by its calls and their arguments', () => {
    const input = {
      operations: ['Counter', 'total', 'add', 'add', 'total', 'add', 'total'],
      arguments: [[40], [], [3, 'ab'], [-9, 'b'], [], [12, 'a'], []],
    };
    const fails = (candidate: Input) => (candidate.arguments as unknown[][]).some((args) => typeof args[0] === 'number' && args[0] < 0);
    const shrunk = shrink(counter, {}, input, fails);
    expect(shrunk.operations).toEqual(['Counter', 'add']);
    expect(shrunk.arguments).toEqual([[0], [-1, '']]);
  });
});
