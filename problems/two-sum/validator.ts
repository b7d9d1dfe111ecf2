/** What bounds cannot say: exactly one pair of positions i < j has nums[i] + nums[j] == target. */
export function validate(input: { nums: number[]; target: number }): string | undefined {
  const { nums, target } = input;
  const seen = new Map<number, number>();
  let pairs = 0;
  for (const value of nums) {
    pairs += seen.get(target - value) ?? 0;
    if (pairs > 1) return `more than one pair of positions adds up to ${target}`;
    seen.set(value, (seen.get(value) ?? 0) + 1);
  }
  return pairs === 0 ? `no pair of positions adds up to ${target}` : undefined;
}
