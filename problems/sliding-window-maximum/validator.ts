/** What bounds cannot say: the window fits in the array, k <= n. */
export function validate(input: { nums: number[]; k: number }): string | undefined {
  if (input.k > input.nums.length) return `k = ${input.k} is larger than n = ${input.nums.length}`;
  return undefined;
}
