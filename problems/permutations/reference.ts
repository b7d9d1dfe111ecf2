/**
 * Backtracking: fill the positions left to right, trying at each one every value
 * not used yet, and copy the arrangement out when all positions are filled.
 * O(n * n!) time, which is the size of the answer.
 */
export function permute(nums: number[]): number[][] {
  const n = nums.length;
  const out: number[][] = [];
  const used = new Array<boolean>(n).fill(false);
  const current: number[] = [];
  const place = (): void => {
    if (current.length === n) {
      out.push(current.slice());
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]!);
      place();
      current.pop();
      used[i] = false;
    }
  };
  place();
  return out;
}
