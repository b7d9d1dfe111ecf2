import type { Random } from 'kata/random';

const LIMIT = 1_000_000_000;

/**
 * `size` numbers with exactly one pair adding to `target`. The target is odd and every
 * filler number is even, so two fillers never add up to it; the planted pair is one odd and
 * one even number, and the even partner never appears among the fillers.
 * seed % 3 = 0: the pair sits at the two last positions (worst case for a pair scan);
 * seed % 3 = 1: the pair sits at random positions;
 * seed % 3 = 2: fillers come from a tiny range, so they repeat many times; pair near the end.
 */
export function generate(random: Random, size: number): { nums: number[]; target: number } {
  const target = random.int(-LIMIT / 2, LIMIT / 2 - 1) * 2 + 1;
  const low = Math.max(-LIMIT, target - LIMIT);
  const high = Math.min(LIMIT, target + LIMIT);
  const even = random.int(Math.ceil(low / 2), Math.floor(high / 2)) * 2;
  const odd = target - even;
  const smallRange = random.seed % 3 === 2;
  const nums: number[] = [];
  while (nums.length < size - 2) {
    const value = smallRange ? random.int(-50, 50) * 2 : random.int(-LIMIT / 2, LIMIT / 2) * 2;
    if (value !== even) nums.push(value);
  }
  let first: number;
  let second: number;
  if (random.seed % 3 === 1) {
    first = random.int(0, size - 2);
    second = random.int(first + 1, size - 1);
  } else if (random.seed % 3 === 2) {
    first = size - 2 - random.int(0, Math.min(10, size - 2));
    second = size - 1;
  } else {
    first = size - 2;
    second = size - 1;
  }
  const [a, b] = random.bool() ? [even, odd] : [odd, even];
  nums.splice(first, 0, a);
  nums.splice(second, 0, b);
  return { nums, target };
}
