// Scans the whole array for every query: correct, but O(n * q), about 10^10 steps on the largest case.
export function searchRotated(nums: number[], targets: number[]): number[] {
  const out: number[] = [];
  for (const target of targets) {
    let found = -1;
    for (let i = 0; i < nums.length; i++) {
      if (nums[i] === target) {
        found = i;
        break;
      }
    }
    out.push(found);
  }
  return out;
}
