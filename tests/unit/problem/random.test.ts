/** The seeded random source that generator.ts receives: deterministic, in range, and stable across versions. */
import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/problem/random.ts';
import { generate } from '../../fixtures/authoring/problems/max-subarray/generator.ts';

const draws = (random: Random, count: number) => Array.from({ length: count }, () => random.uint32());

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(new Random(7), 1000)).toEqual(draws(new Random(7), 1000));
    const a = new Random(123);
    const b = new Random(123);
    expect([a.int(-5, 5), a.float(), a.bool(), a.string(12), a.shuffle([1, 2, 3, 4, 5, 6]), a.pick(['x', 'y', 'z'])]).toEqual([
      b.int(-5, 5),
      b.float(),
      b.bool(),
      b.string(12),
      b.shuffle([1, 2, 3, 4, 5, 6]),
      b.pick(['x', 'y', 'z']),
    ]);
  });

  it('gives different sequences for different seeds, including neighbouring ones', () => {
    const seen = new Set([0, 1, 2, 3, 2 ** 32 - 1].map((seed) => draws(new Random(seed), 4).join(',')));
    expect(seen.size).toBe(5);
  });

  it('keeps its sequence from version to version: cached generated cases depend on it', () => {
    // Changing the algorithm changes every generated case of every package; these values pin it.
    expect(draws(new Random(1), 3)).toEqual([111027871, 680649203, 2178181066]);
    expect(new Random(0).uint32()).toBe(527195638);
    expect(new Random(2 ** 32 - 1).uint32()).toBe(389912131);
    const random = new Random(42);
    expect([random.int(1, 100), random.int(1, 100), random.string(8), random.shuffle([1, 2, 3, 4, 5])]).toEqual([95, 88, 'uqncyvmj', [5, 4, 1, 3, 2]]);
  });

  it('exposes its seed', () => {
    expect(new Random(99).seed).toBe(99);
  });

  it('draws 32-bit unsigned integers and floats in [0, 1)', () => {
    const random = new Random(5);
    for (let i = 0; i < 2000; i++) {
      const value = random.uint32();
      expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true);
      const unit = random.next();
      expect(unit >= 0 && unit < 1).toBe(true);
    }
  });

  it('draws integers in [low, high], both ends included', () => {
    const random = new Random(11);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const value = random.int(-2, 2);
      expect(Number.isInteger(value) && value >= -2 && value <= 2).toBe(true);
      seen.add(value);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(random.int(5, 5)).toBe(5);
  });

  it('draws integers over spans as wide as the safe integers', () => {
    const random = new Random(3);
    for (let i = 0; i < 200; i++) {
      const value = random.int(0, Number.MAX_SAFE_INTEGER);
      expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
      const negative = random.int(-Number.MAX_SAFE_INTEGER, -1);
      expect(Number.isSafeInteger(negative) && negative < 0).toBe(true);
    }
    // Not stuck in the low bits: some draws land in the upper half of the span.
    expect(Array.from({ length: 50 }, () => random.int(0, Number.MAX_SAFE_INTEGER)).some((value) => value > Number.MAX_SAFE_INTEGER / 2)).toBe(true);
  });

  it('spreads integers evenly', () => {
    const random = new Random(2024);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[random.int(0, 9)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(1700);
    expect(Math.max(...counts)).toBeLessThan(2300);
  });

  it.each([
    [3, 2],
    [0.5, 2],
    [0, Infinity],
    [0, 2 ** 60],
    [NaN, 1],
  ])('rejects int(%d, %d)', (low, high) => {
    expect(() => new Random(1).int(low, high)).toThrow(RangeError);
  });

  it('draws floats in [low, high)', () => {
    const random = new Random(8);
    for (let i = 0; i < 1000; i++) {
      const value = random.float(-3, 7);
      expect(value >= -3 && value < 7).toBe(true);
    }
    const unit = random.float();
    expect(unit >= 0 && unit < 1).toBe(true);
  });

  it('draws booleans with the given probability', () => {
    const random = new Random(9);
    expect(Array.from({ length: 100 }, () => random.bool(0)).every((value) => value === false)).toBe(true);
    expect(Array.from({ length: 100 }, () => random.bool(1)).every((value) => value === true)).toBe(true);
    const trues = Array.from({ length: 4000 }, () => random.bool(0.25)).filter(Boolean).length;
    expect(trues).toBeGreaterThan(800);
    expect(trues).toBeLessThan(1200);
  });

  it('picks items, and refuses to pick from nothing', () => {
    const random = new Random(10);
    const items = ['a', 'b', 'c'] as const;
    const picked = new Set(Array.from({ length: 100 }, () => random.pick(items)));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('shuffles into a permutation, leaving the input alone', () => {
    const random = new Random(12);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(random.shuffle([])).toEqual([]);
  });

  it('draws lists of integers and strings from an alphabet', () => {
    const random = new Random(13);
    const ints = random.ints(300, 10, 12);
    expect(ints).toHaveLength(300);
    expect(new Set(ints)).toEqual(new Set([10, 11, 12]));
    expect(random.ints(0, 1, 2)).toEqual([]);
    expect(random.string(40, 'xy')).toMatch(/^[xy]{40}$/);
    expect(random.string(30)).toMatch(/^[a-z]{30}$/);
    expect(random.string(0)).toBe('');
  });
});

describe('a package generator', () => {
  it('makes the same case from the same seed and size, and a different one from another seed', () => {
    expect(generate(new Random(4), 1000)).toEqual(generate(new Random(4), 1000));
    expect(generate(new Random(4), 1000)).not.toEqual(generate(new Random(6), 1000));
    expect(generate(new Random(4), 1000).nums).toHaveLength(1000);
  });

  it('follows the seed as max-subarray documents: odd seeds give only negative numbers', () => {
    expect(generate(new Random(3), 500).nums.every((value) => value < 0)).toBe(true);
    expect(generate(new Random(2), 500).nums.some((value) => value > 0)).toBe(true);
    expect(generate(new Random(2), 0).nums).toHaveLength(1);
  });
});
