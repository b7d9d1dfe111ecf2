import type { Random } from 'kata/random';

/**
 * `size` numbers (size <= 300) in 1..1000. The shape follows the seed:
 * seed % 4 = 0: uniform random values, the total made even by nudging the first one;
 * seed % 4 = 1: every value even and the total = 2 (mod 4): half the total is odd, so no split exists;
 * seed % 4 = 2: one value larger than all the others together (total even): no split exists;
 * seed % 4 = 3: a planted split: the array is a value list and a shuffled copy of it
 *               (for odd sizes one value of the copy is broken into two parts), shuffled together.
 */
export function generate(random: Random, size: number): { nums: number[] } {
  const shape = random.seed % 4;
  if (shape === 0) {
    const nums = random.ints(size, 1, 1000);
    if (sum(nums) % 2 !== 0) nums[0] = nums[0]! > 1 ? nums[0]! - 1 : 2;
    return { nums };
  }
  if (shape === 1) {
    const nums = Array.from({ length: size }, () => 2 * random.int(1, 500));
    if (sum(nums) % 4 === 0) nums[0] = nums[0]! > 2 ? nums[0]! - 2 : 4;
    return { nums };
  }
  if (shape === 2) {
    const rest = random.ints(size - 1, 1, Math.max(1, Math.floor(998 / Math.max(1, size - 1))));
    return { nums: random.shuffle([...rest, sum(rest) + 2]) };
  }
  const first = random.ints(Math.floor(size / 2), 1, 1000);
  if (size % 2 === 1 && first.length === 0) return { nums: [2 * random.int(1, 500)] };
  if (size % 2 === 1 && first[0]! < 2) first[0] = 2;
  const copy = random.shuffle(first);
  if (size % 2 === 1) {
    const index = copy.indexOf(first[0]!);
    const part = random.int(1, first[0]! - 1);
    copy.splice(index, 1, part, first[0]! - part);
  }
  return { nums: random.shuffle([...first, ...copy]) };
}

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
