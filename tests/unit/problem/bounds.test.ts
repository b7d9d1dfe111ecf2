/**
 * Input bounds: which keys a package may bound, which bounds fit which types, and the first
 * violation of each bound in a case, named by its path.
 */
import { describe, expect, it } from 'vitest';
import { boundedSizes, boundsProblems, boundViolations, maximumLengths } from '../../../src/problem/bounds.ts';
import { BoundSchema } from '../../../src/problem/schema.ts';
import { parseSignature, type Signature } from '../../../src/problem/signature.ts';

const fn = (...params: [string, string][]): Signature =>
  parseSignature({ function: 'f', params: params.map(([name, type]) => ({ name, type })), returns: { type: 'int' } });

const lru = parseSignature({
  class: 'LRUCache',
  constructor: [{ name: 'capacity', type: 'int' }],
  methods: [
    { name: 'get', params: [{ name: 'key', type: 'int' }], returns: { type: 'int' } },
    { name: 'put', params: [{ name: 'key', type: 'int' }, { name: 'value', type: 'int' }], returns: { type: 'void' } },
  ],
});

describe('boundsProblems', () => {
  it('names keys that match no parameter, and lists the ones that do', () => {
    expect(boundsProblems(fn(['nums', 'int[]'], ['k', 'int']), { num: { value: [0, 1] } })).toEqual(['bounds.num: nothing is named "num" (bounds may name: nums, k)']);
  });

  it('names each bound that cannot apply to its type, at any depth', () => {
    const signature = fn(['grid', 'char[][]'], ['k', 'int'], ['flags', 'bool[]']);
    expect(
      boundsProblems(signature, {
        k: { length: [0, 3], chars: 'a-z' },
        flags: { value: [0, 1], each: { length: [1, 2] } },
        grid: { each: { each: { order: 'increasing', chars: '01' } } },
      }),
    ).toEqual([
      'bounds.k.length: int has no length',
      'bounds.k.chars: int holds no strings',
      'bounds.flags.value: bool[] holds no numbers',
      'bounds.flags.each.length: bool has no length',
      'bounds.grid.each.each.order: char is not an array',
    ]);
  });

  it('rejects a character class that is not one', () => {
    expect(boundsProblems(fn(['s', 'string']), { s: { chars: 'a-' + '\\' } })).toEqual(['bounds.s.chars: "a-\\" is not a character class such as "a-z0-9"']);
  });

  it('takes "calls", "constructor.<param>" and "<method>.<param>" for a class', () => {
    expect(boundsProblems(lru, { calls: { length: [1, 10] }, 'constructor.capacity': { value: [1, 5] }, 'put.value': { value: [0, 9] } })).toEqual([]);
    expect(boundsProblems(lru, { 'put.val': { value: [0, 9] } })).toEqual(['bounds.put.val: nothing is named "put.val" (bounds may name: calls, constructor.capacity, get.key, put.key, put.value)']);
  });

  it('rejects a range whose minimum is above its maximum, in the schema', () => {
    expect(BoundSchema.safeParse({ value: [5, 1] }).success).toBe(false);
    expect(BoundSchema.safeParse({ value: ['-9223372036854775808', '9223372036854775807'] }).success).toBe(true);
    expect(BoundSchema.safeParse({ length: [2, 1] }).success).toBe(false);
  });
});

describe('boundViolations', () => {
  const signature = fn(['nums', 'int[]'], ['s', 'string'], ['grid', 'int[][]']);
  const within = { nums: [1, 2, 3], s: 'abc', grid: [[0, 1], [1, 0]] };

  it('finds nothing in an input within every bound', () => {
    const bounds = { nums: { length: [1, 5] as [number, number], value: [1, 3] as [number, number], distinct: true as const, order: 'increasing' as const }, s: { chars: 'a-z' }, grid: { each: { length: [2, 2] as [number, number] } } };
    expect(boundViolations(signature, bounds, within)).toEqual([]);
  });

  it('names the first value outside its range, by path, at any depth', () => {
    expect(boundViolations(signature, { nums: { value: [1, 2] }, grid: { value: [0, 0] } }, within)).toEqual([
      'nums[2] = 3 is above the maximum 2 (bounds.nums)',
      'grid[0][1] = 1 is above the maximum 0 (bounds.grid)',
    ]);
    expect(boundViolations(signature, { nums: { value: [2, 3] } }, within)).toEqual(['nums[0] = 1 is below the minimum 2 (bounds.nums)']);
  });

  it('checks lengths in characters, and the lengths of nested arrays through each', () => {
    expect(boundViolations(signature, { s: { length: [0, 2] }, grid: { each: { length: [3, 3] } } }, { ...within, s: 'ñé' })).toEqual([
      'grid[0] has length 2, outside [3, 3] (bounds.grid)',
    ]);
    expect(boundViolations(signature, { s: { length: [0, 2] } }, within)).toEqual(['s has length 3, outside [0, 2] (bounds.s)']);
  });

  it('names the character outside the class', () => {
    expect(boundViolations(signature, { s: { chars: 'a-c' } }, { ...within, s: 'abXc' })).toEqual(['s has "X", which is not one of [a-c] (bounds.s)']);
  });

  it('names a repeated element and a break in the order', () => {
    expect(boundViolations(signature, { nums: { distinct: true } }, { ...within, nums: [4, 5, 4] })).toEqual(['nums[2] repeats nums[0] (4), but the elements must be distinct (bounds.nums)']);
    expect(boundViolations(signature, { nums: { order: 'non-decreasing' } }, { ...within, nums: [1, 1, 0] })).toEqual(['nums[2] breaks the non-decreasing order (bounds.nums)']);
  });

  it('counts a tree in nodes, skips its nulls, and compares bigints beyond 2^53 exactly', () => {
    const tree = fn(['root', 'TreeNode'], ['big', 'bigint']);
    const input = { root: [1, null, 2, null, null, 3], big: '9007199254740993' };
    expect(boundViolations(tree, { root: { length: [0, 3], value: [1, 3] }, big: { value: ['0', '9007199254740993'] } }, input)).toEqual([]);
    expect(boundViolations(tree, { root: { distinct: true } }, { ...input, root: [1, 2, 1, null, null] })).toEqual(['root[2] repeats root[0] (1), but the elements must be distinct (bounds.root)']);
    expect(boundViolations(tree, { root: { length: [0, 2] }, big: { value: ['0', '9007199254740992'] } }, input)).toEqual([
      'root has length 3, outside [0, 2] (bounds.root)',
      'big = 9007199254740993 is above the maximum 9007199254740992 (bounds.big)',
    ]);
  });

  it('bounds every call of a method, the constructor and the number of calls of a class case', () => {
    const input = { operations: ['LRUCache', 'put', 'get', 'put'], arguments: [[2], [1, 5], [1], [2, 50]] };
    expect(boundViolations(lru, { calls: { length: [1, 3] }, 'constructor.capacity': { value: [1, 5] }, 'put.value': { value: [0, 9] } }, input)).toEqual([
      'put(call 3).value = 50 is above the maximum 9 (bounds.put.value)',
    ]);
    expect(boundViolations(lru, { calls: { length: [1, 2] }, 'constructor.capacity': { value: [3, 5] } }, input)).toEqual([
      'calls has length 3, outside [1, 2] (bounds.calls)',
      'LRUCache(call 0).capacity = 2 is below the minimum 3 (bounds.constructor.capacity)',
    ]);
  });

  it('skips a null where the type allows one', () => {
    const nullable = fn(['xs', '(int | null)[]']);
    expect(boundViolations(nullable, { xs: { value: [0, 1] } }, { xs: [null, 1, null] })).toEqual([]);
  });
});

describe('boundedSizes', () => {
  it('gives the largest size at each nested level whose bound has a length, with the maximum each allows', () => {
    const grid = fn(['grid', 'int[][]']);
    const bounds = { grid: { length: [1, 4] as [number, number], each: { length: [1, 3] as [number, number] } } };
    expect([...boundedSizes(grid, bounds, { grid: [[1], [1, 2, 3], [4, 5]] })]).toEqual([['grid', 3], ['grid.each', 3]]);
    expect([...maximumLengths(bounds)]).toEqual([['grid', 4], ['grid.each', 3]]);
  });

  it('gives the size of each input whose bound has a length, the largest call count for a class', () => {
    expect([...boundedSizes(fn(['nums', 'int[]'], ['k', 'int']), { nums: { length: [0, 9] }, k: { value: [0, 1] } }, { nums: [1, 2], k: 0 })]).toEqual([['nums', 2]]);
    const input = { operations: ['LRUCache', 'get', 'get'], arguments: [[1], [1], [2]] };
    expect([...boundedSizes(lru, { calls: { length: [1, 9] } }, input)]).toEqual([['calls', 2]]);
  });
});
