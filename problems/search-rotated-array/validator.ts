/** What bounds cannot say: nums is an increasing array rotated by some k, so at most one step goes down, and then the last value is below the first. */
export function validate(input: { nums: number[]; targets: number[] }): string | undefined {
  const { nums } = input;
  const drops: number[] = [];
  for (let i = 1; i < nums.length; i++) if (nums[i]! <= nums[i - 1]!) drops.push(i);
  if (drops.length > 1) return `nums goes down at index ${drops[0]} and again at index ${drops[1]}, so it is not a rotated increasing array`;
  if (drops.length === 1 && nums[nums.length - 1]! >= nums[0]!) return `nums goes down at index ${drops[0]} but its last value ${nums[nums.length - 1]} is not below its first ${nums[0]}, so it is not a rotated increasing array`;
  return undefined;
}
